/**
 * Markdown to the plain text clean expects: "# Title" becomes a title line, links keep their words,
 * images, emphasis marks and HTML comments go. The first level-one heading is the title.
 */
export function readMarkdown(markdown: string): { text: string; title: string | null } {
  let title: string | null = null;
  const text = markdown
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/^---\n[\s\S]*?\n---\n/, '') // front matter
    .split(/\r?\n/)
    .map((line) => {
      const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
      if (heading) {
        if (heading[1] === '#' && title === null) title = inlineText(heading[2]!);
        return inlineText(heading[2]!);
      }
      return inlineText(line.replace(/^\s{0,3}(?:[-*+]|\d+[.)])\s+/, '').replace(/^\s{0,3}>\s?/, ''));
    })
    .join('\n');
  return { text, title };
}

function inlineText(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '') // ![alt](image.png)
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // [words](https://...)
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}])([*_])(\S(?:.*?\S)?)\2(?=$|[^\p{L}\p{N}])/gu, '$1$3')
    .replace(/`([^`]*)`/g, '$1');
}
