/**
 * Removes what a browser would not show: `<div hidden>`, `<span style="display: none">`,
 * `<div style="visibility:hidden">`, `<p aria-hidden="true">`. Readability keeps some of these
 * (it only checks `hidden` and `display:none` on candidates), and their text then reads as body text.
 */

// style="display: none" / "display:none!important" / "visibility: hidden"
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

export function removeHiddenElements(root: ParentNode): number {
  let removed = 0;
  for (const element of Array.from(root.querySelectorAll('[hidden], [style], [aria-hidden]'))) {
    if (!element.isConnected) continue;
    const tag = element.tagName.toUpperCase();
    if (tag === 'HTML' || tag === 'BODY') continue;
    const hidden =
      element.hasAttribute('hidden') ||
      HIDDEN_STYLE.test(element.getAttribute('style') ?? '') ||
      element.getAttribute('aria-hidden') === 'true';
    if (!hidden) continue;
    element.remove();
    removed++;
  }
  return removed;
}
