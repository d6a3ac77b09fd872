/** The page's only styling: inline, so the file needs nothing else. `:target` shows where a link jumped, no script needed. */
export const STYLE = `
:root{--line:#ddd;--muted:#555;--fact:#fff1a8;--claim:#d8ecff;--conflict:#c62828}
body{font:16px/1.5 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2.5rem;border-bottom:1px solid var(--line)}
table{border-collapse:collapse;width:100%;margin:.5rem 0}td,th{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f6f6}.meta,.support,.muted{color:var(--muted)}.support{font-size:.85rem}.label{font-weight:bold;font-family:monospace;white-space:nowrap}
.matrix td.cell{text-align:center;width:4.5rem}.matrix td.cell a{text-decoration:none;font-size:1.2rem}.matrix td.num{width:2rem;color:var(--muted)}
.matrix tr.copies td{background:#fafafa}.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(20rem,1fr));gap:1rem}
.card{border:1px solid var(--line);border-left:4px solid var(--conflict);border-radius:6px;padding:.5rem 1rem}.card h3{margin:.3rem 0;font-size:1.05rem}
.kind{font-size:.75rem;text-transform:uppercase;color:var(--muted);margin-left:.4rem}.card blockquote{margin:.2rem 0 .6rem 1rem;color:var(--muted);font-size:.9rem}
mark{background:var(--fact);color:inherit;scroll-margin-top:30vh}mark.claim{background:var(--claim)}
mark.conflict{background:transparent;border-bottom:2px solid var(--conflict)}mark.difference{background:#ffd6a5}
mark:target{outline:3px solid #e07000;background:#ffcf70}article{border:1px solid var(--line);border-radius:6px;padding:0 1rem;margin:1rem 0}
article:target{border-color:#e07000}.message{font-size:.85rem;color:var(--muted)}.warning{color:#8a4b00}.fatal{color:#a00}
.legend mark{padding:0 .3rem}details summary{cursor:pointer;margin:.5rem 0}
`;
