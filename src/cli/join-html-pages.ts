import { parseHTML } from 'linkedom';

/** A page the report renderer made, for one story. */
export interface StoryPage {
  title: string;
  html: string;
}

/**
 * Several story pages as one page, one story after another: each page's body in a section of its own, its
 * ids and in-page links prefixed with the story ("s2-facts", "#s2-facts") so that a link in story 2 lands in
 * story 2. The style is the first page's (the renderer gives every page the same); the actor graph's scripts come once, at
 * the end, and the security policy allows the scripts of every page.
 */
export function joinHtmlPages(heading: string, pages: readonly StoryPage[]): string {
  const sections: string[] = [];
  const contents: string[] = [];
  let head = '';
  // the actor graph's scripts (cytoscape.js and its drawing code), once for the page, and every page's script hashes in one policy
  const scripts = new Map<string, string>();
  const sources = new Set<string>();
  pages.forEach((page, index) => {
    const { document } = parseHTML(page.html);
    for (const script of document.querySelectorAll('body > script:not([type])')) {
      scripts.set(script.textContent ?? '', script.outerHTML);
      script.remove();
    }
    const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    for (const source of /script-src ([^;]+)/.exec(policy)?.[1]?.split(' ') ?? []) if (source !== "'none'") sources.add(source);
    const prefix = `s${index + 1}-`;
    for (const element of document.querySelectorAll('[id]')) element.setAttribute('id', `${prefix}${element.getAttribute('id')}`);
    for (const link of document.querySelectorAll('a[href^="#"]')) link.setAttribute('href', `#${prefix}${link.getAttribute('href')!.slice(1)}`);
    const title = (document.querySelector('h1')?.textContent ?? page.title).replace(/\s+/g, ' ').trim();
    contents.push(`<li><a href="#story-${index + 1}"><bdi>${escapeText(title.length > 120 ? `${title.slice(0, 119)}…` : title)}</bdi></a></li>`);
    if (!head) head = [...document.querySelectorAll('head meta, head style')].map((element) => element.outerHTML).join('\n');
    sections.push(`<section id="story-${index + 1}" class="story"><p class="meta"><a href="#top">${escapeText(page.title)}</a></p>\n${document.body.innerHTML}\n</section>`);
  });
  if (sources.size) head = head.replace(/script-src [^;"]+/, `script-src ${[...sources].join(' ')}`);
  return `<!doctype html>
<html lang="en"><head>${head}
<title>${escapeText(heading)}</title></head>
<body>
<h1 id="top">${escapeText(heading)}</h1>
<p>These inputs tell ${pages.length} separate stories, aligned apart; each follows on its own (--out-dir DIR writes one page per story).</p>
<ol>${contents.join('')}</ol>
${sections.join('\n<hr>\n')}
${[...scripts.values()].join('\n')}
</body></html>
`;
}

function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
}
