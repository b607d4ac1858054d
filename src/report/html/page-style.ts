// The summary page's stylesheet. Colours: a red/blue diverging pair for sentiment (readable with
// the common colour-vision deficiencies), grey for counts and neutral.
export const PAGE_STYLE = `
:root { --negative: #c2412d; --positive: #2b6cb0; --neutral: #9aa3ad; --term: #5a7184; --ink: #1d2329; --muted: #5d6873; --line: #dde2e7; --bg: #f6f7f9; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
header, main, footer { max-width: 1180px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 20px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 0 0 12px; }
h3 { font-size: 16px; margin: 18px 0 8px; }
h4 { font-size: 13px; margin: 12px 0 4px; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
nav a { margin-right: 14px; color: var(--positive); }
section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 18px 20px; margin: 16px 0; }
.lede, .note, footer { color: var(--muted); }
.tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(160px, 1fr)); gap: 10px; margin: 0; }
.tile { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; }
.tile dt { font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
.tile dd { margin: 2px 0 0; font-size: 22px; font-weight: 600; }
.tile.alert dd { color: var(--negative); }
.tile.wide { grid-column: span 2; }
.columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(520px, 1fr)); gap: 0 24px; }
svg.chart { max-width: 100%; height: auto; display: block; }
svg text { font: 12px system-ui, sans-serif; fill: var(--ink); }
svg text.tick { fill: var(--muted); font-size: 11px; }
svg text.on-fill { fill: #fff; font-weight: 600; }
svg .axis { stroke: #8a949e; stroke-width: 1; }
svg .line { fill: none; stroke: var(--ink); stroke-width: 1.5; }
.fill-negative { fill: var(--negative); }
.fill-positive { fill: var(--positive); }
.fill-neutral { fill: var(--neutral); }
.fill-term { fill: var(--term); }
.fill-count { fill: #e3e7eb; }
g.clickable { cursor: pointer; }
g.clickable:hover text.label { text-decoration: underline; }
.cloud { line-height: 2; text-align: center; padding: 8px 0; }
.cloud span { display: inline-block; margin: 0 8px; color: var(--term); }
.cloud .s1 { font-size: 12px; } .cloud .s2 { font-size: 15px; } .cloud .s3 { font-size: 19px; } .cloud .s4 { font-size: 24px; font-weight: 600; } .cloud .s5 { font-size: 31px; font-weight: 700; color: var(--ink); }
.controls { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; justify-content: space-between; margin-bottom: 8px; }
.controls input { padding: 6px 10px; border: 1px solid var(--line); border-radius: 6px; min-width: 260px; font: inherit; }
.pager { display: flex; gap: 10px; align-items: center; }
.pager button { font: inherit; padding: 4px 10px; border: 1px solid var(--line); background: #fff; border-radius: 6px; cursor: pointer; }
.pager button:disabled { opacity: .4; cursor: default; }
.pager-status { color: var(--muted); font-size: 13px; }
table.data { border-collapse: collapse; width: 100%; font-size: 13px; }
table.data th, table.data td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
table.data .nowrap { white-space: nowrap; }
/* A title, id, path or term with no space to break at (a URL, a compound) wraps anywhere: as one
   line it pushed the table's other columns and the cards off the page. Numbers and the cells of a
   few set words (.nowrap: date, label, kind) stay whole. */
table.data td, .card { overflow-wrap: anywhere; }
table.data .num { overflow-wrap: normal; }
/* A file name or id beside a long text (the problems table) is given room for a short name whole:
   wrapping anywhere, its column had shrunk to a few letters ("picture.tx" over "t"). */
table.data td.name { min-width: 20ch; }
tr.problem-error td { color: var(--negative); }
table.data .num { text-align: right; font-variant-numeric: tabular-nums; }
th button.sort { all: unset; cursor: pointer; font-weight: 600; }
th button.sort:focus-visible { outline: 2px solid var(--positive); }
th[aria-sort="ascending"] button.sort::after { content: " ▲"; }
th[aria-sort="descending"] button.sort::after { content: " ▼"; }
td.negative, .sentiment.negative, li.negative .score { color: var(--negative); font-weight: 600; }
td.positive, .sentiment.positive, li.positive .score { color: var(--positive); font-weight: 600; }
.cards { display: grid; gap: 12px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; }
.card.highlight { outline: 3px solid var(--positive); }
.card h3 { margin: 0 0 2px; }
.card .meta { margin: 0; color: var(--muted); font-size: 13px; }
.card .sentiment { margin: 6px 0; }
.sentences { padding-left: 18px; margin: 0; }
.sentences li { margin: 3px 0; }
.sentences .drivers { color: var(--muted); font-size: 13px; }
.chips { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 6px; }
.chips li { background: #eef2f6; border-radius: 12px; padding: 1px 10px; font-size: 13px; }
.warning { color: var(--negative); font-size: 13px; }
details.removed { margin-top: 10px; }
details.removed summary { cursor: pointer; color: var(--muted); }
.removed-text { font-family: ui-monospace, monospace; white-space: pre-wrap; word-break: break-word; }
footer { padding-bottom: 30px; font-size: 13px; }
`;
