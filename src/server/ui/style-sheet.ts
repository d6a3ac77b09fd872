import { PALETTE } from './outlet-colours.ts';

/**
 * The pages' one style sheet: a reading column, a clear scale of headings, quiet links, the outlets'
 * colours as classes (no inline style is allowed), and a layout that folds to one column on a phone.
 */
export const STYLE_SHEET = `
:root { --ink: #1d2330; --muted: #5c6475; --line: #dde1e8; --paper: #fff; --wash: #f5f6f8; --accent: #1f5fa8; --mark: #fff1a8; --bad: #b3261e;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); background: var(--wash); }
* { box-sizing: border-box; }
body { margin: 0; }
a { color: var(--accent); text-decoration: none; }
a:hover, a:focus-visible { text-decoration: underline; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 .35rem; letter-spacing: -.01em; }
h2 { font-size: 1.2rem; margin: 2.2rem 0 .6rem; padding-top: .4rem; border-top: 1px solid var(--line); }
h3 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
p { margin: .4rem 0; }
.muted { color: var(--muted); }
.small { font-size: .875rem; }
header.site { position: sticky; top: 0; z-index: 20; display: flex; gap: 1.25rem; align-items: center; flex-wrap: wrap; padding: .6rem 1.25rem; background: #18202e; color: #fff; }
header.site a { color: #dfe6f3; }
header.site .brand { font-weight: 700; color: #fff; letter-spacing: .02em; }
header.site nav { display: flex; gap: 1rem; }
form.search { margin-left: auto; display: flex; gap: .35rem; }
form.search input { width: 16rem; max-width: 50vw; }
input, select, button { font: inherit; padding: .3rem .5rem; border: 1px solid #b9c0cc; border-radius: 4px; background: #fff; color: var(--ink); }
button { background: var(--accent); color: #fff; border-color: var(--accent); cursor: pointer; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1.25rem 4rem; background: var(--paper); min-height: calc(100vh - 3rem); }
main.wide { max-width: 80rem; }
.lede { color: var(--muted); margin-bottom: 1rem; }
.figures { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; margin: .5rem 0 1rem; color: var(--muted); font-size: .9rem; }
.figures b { color: var(--ink); }
.chip { display: inline-block; max-width: 14rem; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; vertical-align: middle; font-size: .75rem; line-height: 1.5; padding: 0 .45rem; margin: 0 .2rem .15rem 0; border-radius: 999px; background: var(--outlet); color: #fff; }
.dot { display: inline-block; width: .7rem; height: .7rem; border-radius: 50%; background: var(--outlet); vertical-align: middle; }
.ring { display: inline-block; width: .7rem; height: .7rem; border-radius: 50%; border: 2px solid var(--outlet); vertical-align: middle; }
${PALETTE.map((colour, index) => `.o${index} { --outlet: ${colour}; }`).join('\n')}
mark { background: var(--mark); color: inherit; padding: 0 .1em; border-radius: 2px; }
mark.evidence { background: #ffe066; outline: 2px solid #e0a800; }
#evidence { scroll-margin-top: 8rem; }
blockquote { margin: .4rem 0; padding: .3rem .8rem; border-left: 3px solid var(--outlet, var(--line)); background: var(--wash); }
details > summary { cursor: pointer; }
details[open] > summary { margin-bottom: .3rem; }
.evidence-list { margin: .3rem 0 .6rem; }
.evidence-list blockquote p { margin: 0; }
.evidence-list .open-article { font-size: .8rem; white-space: nowrap; }
/* the story list */
form.filters { display: flex; flex-wrap: wrap; gap: .5rem .8rem; align-items: end; padding: .8rem; background: var(--wash); border-radius: 6px; margin-bottom: 1rem; }
form.filters label { display: flex; flex-direction: column; font-size: .8rem; color: var(--muted); gap: .15rem; }
ol.stories { list-style: none; padding: 0; margin: 0; }
ol.stories > li { padding: .85rem 0; border-bottom: 1px solid var(--line); }
ol.stories h3 { margin: 0 0 .2rem; font-size: 1.08rem; }
.conflicts-badge { color: var(--bad); font-weight: 600; }
.pager { display: flex; justify-content: space-between; align-items: center; margin-top: 1rem; }
/* a story */
nav.sections { position: sticky; top: 2.9rem; z-index: 10; display: flex; flex-wrap: wrap; gap: .2rem .9rem; padding: .45rem 0; margin: 0 0 .5rem; background: var(--paper); border-bottom: 1px solid var(--line); font-size: .9rem; }
section { scroll-margin-top: 6rem; }
.legend { display: flex; flex-wrap: wrap; gap: .3rem 1rem; font-size: .85rem; color: var(--muted); margin: .3rem 0 .6rem; }
.matrix-frame { max-height: 75vh; overflow: auto; border: 1px solid var(--line); border-radius: 6px; }
table.matrix { border-collapse: separate; border-spacing: 0; font-size: .9rem; width: 100%; }
table.matrix th, table.matrix td { border-bottom: 1px solid var(--line); padding: .3rem .4rem; background: var(--paper); vertical-align: top; }
table.matrix thead th { position: sticky; top: 0; z-index: 2; vertical-align: bottom; background: var(--wash); }
table.matrix thead th.outlet { padding: .4rem .15rem; }
table.matrix thead th.outlet span { writing-mode: vertical-rl; transform: rotate(180deg); display: inline-block; max-height: 9rem; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; font-weight: 500; font-size: .8rem; border-left: 4px solid var(--outlet); padding-top: .2rem; }
table.matrix th.fact { position: sticky; left: 0; z-index: 1; text-align: left; font-weight: 400; min-width: 16rem; max-width: 34rem; }
table.matrix thead th.fact { z-index: 3; }
table.matrix td.cell { text-align: center; width: 1.6rem; }
table.matrix td.support { text-align: right; color: var(--muted); white-space: nowrap; }
table.plain { border-collapse: collapse; width: 100%; font-size: .9rem; }
table.plain th, table.plain td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem; margin: .6rem 0; }
.card h3 { margin: 0 0 .3rem; }
.kind { text-transform: uppercase; letter-spacing: .05em; font-size: .7rem; color: var(--muted); margin-right: .4rem; }
.value { margin: .4rem 0; }
.value b { margin-right: .4rem; }
summary .chip { margin-left: .15rem; }
ul.timeline { list-style: none; padding: 0; margin: 0; border-left: 2px solid var(--line); }
ul.timeline > li { position: relative; padding: .2rem 0 .6rem 1rem; }
ul.timeline > li::before { content: ""; position: absolute; left: -.4rem; top: .55rem; width: .6rem; height: .6rem; border-radius: 50%; background: var(--accent); }
.date { font-weight: 600; font-variant-numeric: tabular-nums; margin-right: .4rem; }
.difference { background: #ffd7d2; }
.relation { margin: .3rem 0; }
.relation .act { font-weight: 600; }
.graph-canvas { position: relative; height: 32rem; border: 1px solid var(--line); border-radius: 6px; margin: .6rem 0; }
.graph-canvas[hidden] { display: none; }
/* the rule cytoscape.js would add itself */
.__________cytoscape_container { position: relative; }
/* an article */
article.text { font-family: Georgia, "Noto Serif", serif; font-size: 1.08rem; line-height: 1.65; max-width: 40rem; }
article.text p { margin: 0 0 1rem; }
.messages { font-size: .85rem; color: var(--muted); }
@media (max-width: 640px) {
  :root { font-size: 15px; }
  main { padding: 1rem .8rem 3rem; }
  header.site { gap: .6rem; padding: .5rem .8rem; }
  form.search { margin-left: 0; width: 100%; }
  form.search input { flex: 1; max-width: none; }
  nav.sections { top: 5.4rem; flex-wrap: nowrap; overflow-x: auto; white-space: nowrap; }
  table.matrix th.fact { min-width: 11rem; }
  .graph-canvas { height: 22rem; }
}
`;
