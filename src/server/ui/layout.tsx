import type { Child } from 'hono/jsx';
import { outletClass } from './outlet-colours.ts';

/** A page as the server sends it: its markup after the doctype, so that browsers lay it out in standards mode. */
export function htmlDocument(page: Child): string {
  return `<!doctype html>${page}`;
}

/** Every page: the header with the sections of the site and the search, then the page. */
export function Layout({ title, children, query = '', wide = false, scripts = [] }: { title: string; children: Child; query?: string; wide?: boolean; scripts?: string[] }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title} · Triangulate</title>
        {/* the id tells cytoscape.js its container rule is in this sheet, so it adds no <style> of its own (the page's policy allows none) */}
        <link rel="stylesheet" href="/assets/style.css" id="__________cytoscape_stylesheet" />
      </head>
      <body>
        <header class="site">
          <a class="brand" href="/">Triangulate</a>
          <nav aria-label="Site">
            <a href="/">Stories</a>
            <a href="/entities">Actors</a>
            <a href="/graph">Actor graph</a>
            <a href="/openapi.json">API</a>
          </nav>
          <form class="search" action="/" method="get" role="search">
            <input type="search" name="q" value={query} placeholder="Search stories" aria-label="Search stories" />
            <button type="submit">Search</button>
          </form>
        </header>
        <main class={wide ? 'wide' : undefined}>{children}</main>
        {scripts.map((src) => <script src={src} defer></script>)}
      </body>
    </html>
  );
}

/** An outlet's name on its colour: the same colour on every page. */
export function OutletChip({ outlet, short = false }: { outlet: string; short?: boolean }) {
  return (
    <span class={`chip ${outletClass(outlet)}`} title={outlet}>
      <bdi>{short ? abbreviate(outlet) : outlet}</bdi>
    </span>
  );
}

/** "The New York Times" → "The New York Ti…": a chip kept short in a crowded row. */
function abbreviate(outlet: string): string {
  return outlet.length > 16 ? `${outlet.slice(0, 15)}…` : outlet;
}

/** A filter's "From" and "To" days (YYYY-MM-DD; a browser shows its date picker). */
export function DayFields({ from, to }: { from: string | undefined; to: string | undefined }) {
  return (
    <>
      <label>
        From
        <input type="date" name="from" value={from ?? ''} />
      </label>
      <label>
        To
        <input type="date" name="to" value={to ?? ''} />
      </label>
    </>
  );
}

/** Links to the previous and next page of a list, keeping its other parameters. */
export function Pager({ path, params, offset, limit, total }: { path: string; params: Record<string, string | undefined>; offset: number; limit: number; total: number }) {
  if (total <= limit) return null;
  const link = (to: number) => {
    const search = new URLSearchParams(Object.entries({ ...params, offset: String(to) }).filter((entry): entry is [string, string] => !!entry[1] && entry[1] !== '0'));
    return `${path}?${search}`;
  };
  return (
    <nav class="pager" aria-label="Pages">
      {offset > 0 ? <a href={link(Math.max(0, offset - limit))} rel="prev">← Newer</a> : <span />}
      <span class="muted">
        {offset + 1}–{Math.min(total, offset + limit)} of {total}
      </span>
      {offset + limit < total ? <a href={link(offset + limit)} rel="next">Older →</a> : <span />}
    </nav>
  );
}

/** "3 Dec 2025", "3–5 Dec 2025", "28 Nov – 3 Dec 2025": a story's days as a reader writes them. */
export function dayRange(first: string | null, last: string | null): string {
  if (!first && !last) return 'undated';
  const a = new Date(`${(first ?? last)!.slice(0, 10)}T00:00:00Z`);
  const b = new Date(`${(last ?? first)!.slice(0, 10)}T00:00:00Z`);
  const day = (date: Date, parts: Intl.DateTimeFormatOptions) => date.toLocaleDateString('en-GB', { timeZone: 'UTC', ...parts });
  if (a.getTime() === b.getTime()) return day(a, { day: 'numeric', month: 'short', year: 'numeric' });
  if (a.getUTCFullYear() === b.getUTCFullYear() && a.getUTCMonth() === b.getUTCMonth()) return `${a.getUTCDate()}–${day(b, { day: 'numeric', month: 'short', year: 'numeric' })}`;
  if (a.getUTCFullYear() === b.getUTCFullYear()) return `${day(a, { day: 'numeric', month: 'short' })} – ${day(b, { day: 'numeric', month: 'short', year: 'numeric' })}`;
  return `${day(a, { day: 'numeric', month: 'short', year: 'numeric' })} – ${day(b, { day: 'numeric', month: 'short', year: 'numeric' })}`;
}

/** "1 fact", "3 facts". */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? noun : plural}`;
}
