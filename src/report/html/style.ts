import { QUAD_COLOURS } from './quad-colours.ts';

/** A legend swatch per PLOVER quad code, in the colours the graph draws its edges in. */
const QUAD_SWATCHES = Object.entries(QUAD_COLOURS).map(([quad, colour]) => `.quad-${quad.replace(' ', '-')}{background:${colour}}`).join('');

/**
 * The page's only styling: inline, so the file needs nothing else. `:target` shows where a link jumped, no
 * script needed. The page is never wider than the screen: any word breaks where it must (a 200,000-character
 * line wraps inside its card), and a table wider than the page scrolls inside its `.frame`, the agreement
 * matrix keeping its number and fact columns in view.
 */
export const STYLE = `
:root{--line:#ddd;--muted:#555;--fact:#fff1a8;--claim:#d8ecff;--conflict:#c62828;--fact-column:min(24rem,55vw)}
body{font:16px/1.5 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#222;overflow-wrap:anywhere}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2.5rem;border-bottom:1px solid var(--line)}
.frame{max-width:100%;overflow-x:auto;margin:.5rem 0}.frame>table{margin:0}
table{border-collapse:collapse;width:100%;margin:.5rem 0}td,th{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f6f6}.meta,.support,.muted,.more{color:var(--muted)}.support{font-size:.85rem}.label{font-weight:bold;font-family:monospace;white-space:nowrap}
.sources td,.sources th{min-width:4rem}
.matrix{width:auto;min-width:100%;border-collapse:separate;border-spacing:0}
.matrix th.col{width:2.6rem;min-width:2.6rem;max-width:3.6rem;font-weight:normal;text-align:center}.matrix .outlet{display:block;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;font-size:.7rem;color:var(--muted)}
.matrix td.cell{text-align:center}.matrix td.cell a{text-decoration:none;font-size:1.2rem}
.matrix .num{position:sticky;left:0;z-index:1;width:2.2rem;min-width:2.2rem;max-width:2.2rem;box-sizing:border-box;color:var(--muted);background:#fff}
.matrix .fact{position:sticky;left:2.2rem;z-index:1;width:var(--fact-column);min-width:var(--fact-column);max-width:var(--fact-column);box-sizing:border-box;background:#fff;overflow-wrap:break-word}
.matrix thead th.num,.matrix thead th.fact{background:#f6f6f6}
.matrix tr.copies td{background:#fafafa}.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(20rem,100%),1fr));gap:1rem}
.card{border:1px solid var(--line);border-left:4px solid var(--conflict);border-radius:6px;padding:.5rem 1rem}.card h3{margin:.3rem 0;font-size:1.05rem}
.kind{font-size:.75rem;text-transform:uppercase;color:var(--muted);margin-left:.4rem}.card blockquote{margin:.2rem 0 .6rem 1rem;color:var(--muted);font-size:.9rem}
mark{background:var(--fact);color:inherit;scroll-margin-top:30vh}mark.claim{background:var(--claim)}
mark.conflict{background:transparent;border-bottom:2px solid var(--conflict)}mark.difference{background:#ffd6a5}
mark.relation{background:transparent;border-bottom:2px dotted #0072B2}mark.trigger{background:transparent;font-weight:bold}
mark:target{outline:3px solid #e07000;background:#ffcf70}article{border:1px solid var(--line);border-radius:6px;padding:0 1rem;margin:1rem 0}
article:target{border-color:#e07000}.message{font-size:.85rem;color:var(--muted)}.warning{color:#8a4b00}.fatal{color:#a00}
.legend mark{padding:0 .3rem}details summary{cursor:pointer;margin:.5rem 0}
.relation-graph-canvas{height:28rem;border:1px solid var(--line);border-radius:6px;margin:.5rem 0}
.levels fieldset{border:0;padding:0;margin:.5rem 0}.levels legend{float:left;padding:0;margin-right:.6rem}
.key{white-space:nowrap}.swatch{display:inline-block;width:1.2rem;height:.35rem;margin:0 .3rem 0 .6rem;vertical-align:middle}${QUAD_SWATCHES}
.relations details summary{margin:.2rem 0}.manner{color:#8a4b00}
.relations blockquote,.relation-graph-evidence blockquote{margin:.2rem 0 .6rem 1rem;color:var(--muted);font-size:.9rem}
@media (max-width:40rem){body{margin:1rem auto;padding:0 .6rem}article{padding:0 .6rem}.card blockquote{margin-left:.4rem}.relation-graph-canvas{height:22rem}}
`;
