/**
 * Reads the article node of a page's JSON-LD (`<script type="application/ld+json">`): a bare object,
 * an array, or `{"@graph": [...]}`, where `publisher` or `author` may be `{"@id": "#org"}` references
 * to other nodes of the graph. Broken JSON is skipped, never thrown.
 */

export interface JsonLdArticle {
  headline: string | null;
  authors: string[];
  datePublished: string | null;
  publisher: string | null;
  url: string | null;
  language: string | null;
}

type JsonNode = Record<string, unknown>;

// "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BlogPosting", "Report",
// "ClaimReview" (a fact check)…
const ARTICLE_TYPE = /(?:Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report|ClaimReview)$/;
const PAGE_TYPE = /^(?:WebPage|ItemPage|ArticlePage)$/;

function isNode(value: unknown): value is JsonNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readTypes(node: JsonNode): string[] {
  const type = node['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((item): item is string => typeof item === 'string') : [];
}

/** Parses a script's JSON, tolerating the `<!-- -->` and `//<![CDATA[` wrappers some templates add. */
function parseScript(source: string): unknown {
  const json = source
    .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
    .trim();
  if (!json) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return null;
  }
}

function collectNodes(value: unknown, nodes: JsonNode[], depth = 0): void {
  if (depth > 4) return;
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, nodes, depth + 1);
    return;
  }
  if (!isNode(value)) return;
  nodes.push(value);
  if (Array.isArray(value['@graph'])) collectNodes(value['@graph'], nodes, depth + 1);
  // {"@type": "WebPage", "mainEntity": {"@type": "NewsArticle", …}}
  if (isNode(value['mainEntity'])) collectNodes(value['mainEntity'], nodes, depth + 1);
}

function readText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return readText(value[0]);
  return null;
}

function resolveReference(value: unknown, byId: ReadonlyMap<string, JsonNode>): unknown {
  if (isNode(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) {
    return byId.get(value['@id']) ?? value;
  }
  return value;
}

function readName(value: unknown, byId: ReadonlyMap<string, JsonNode>): string | null {
  const resolved = resolveReference(value, byId);
  if (typeof resolved === 'string') return resolved.trim() || null;
  if (isNode(resolved)) return readText(resolved['name']);
  return null;
}

/** Names of the people in `author`: `{"@type": "Organization", "name": "CBS News"}` is the outlet, not a byline. */
function readAuthors(value: unknown, byId: ReadonlyMap<string, JsonNode>): string[] {
  const values = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return values
    .map((author) => resolveReference(author, byId))
    .filter((author) => !(isNode(author) && readTypes(author).includes('Organization')))
    .map((author) => readName(author, byId))
    .filter((name): name is string => name !== null);
}

function readUrl(node: JsonNode): string | null {
  const url = readText(node['url']);
  if (url) return url;
  const mainEntity = node['mainEntityOfPage'];
  if (typeof mainEntity === 'string') return mainEntity;
  if (isNode(mainEntity)) return readText(mainEntity['@id']) ?? readText(mainEntity['url']);
  return null;
}

function readLanguage(value: unknown): string | null {
  if (isNode(value)) return readText(value['alternateName']) ?? readText(value['name']);
  return readText(value);
}

function chooseArticleNode(nodes: readonly JsonNode[]): JsonNode | null {
  return (
    nodes.find((node) => readTypes(node).some((type) => ARTICLE_TYPE.test(type))) ??
    nodes.find((node) => readTypes(node).some((type) => PAGE_TYPE.test(type)) && node['headline'] !== undefined) ??
    null
  );
}

export function readJsonLd(document: Document): JsonLdArticle | null {
  const nodes: JsonNode[] = [];
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json" i]'))) {
    collectNodes(parseScript(script.textContent ?? ''), nodes);
  }
  const article = chooseArticleNode(nodes);
  if (!article) return null;
  const byId = new Map<string, JsonNode>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  return {
    headline: readText(article['headline']) ?? readText(article['name']),
    authors: readAuthors(article['author'] ?? article['creator'], byId),
    datePublished: readText(article['datePublished']) ?? readText(article['dateCreated']),
    publisher: readName(article['publisher'] ?? article['sourceOrganization'], byId),
    url: readUrl(article),
    language: readLanguage(article['inLanguage']),
  };
}
