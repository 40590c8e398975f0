"""The style sheet inlined into every HTML report (a module, not a file, so no build can lose it).

Every highlight has a colour and a second cue that survives colour blindness and grey printing:
conflicts a thick solid underline, bold and ✗; possible conflicts (weaker evidence) a paler
tint, a dotted underline, no bold and ✗?; one-side-only facts a double underline and ◆;
variants a dashed underline and ≈; agreed facts only a thin dotted underline (quiet). Word
changes are a tinted background with an underline of their own (wavy for substantive categories,
plain for wording, dotted grey for style-only); words of A that B lacks are struck through, words
B adds have a thicker underline, and where the other side has words this one lacks is a ‸ caret.
Markers come from CSS `content`, so they are never part of the text.
"""

CSS = """\
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1500px; padding: 1.5rem; color: #1b1b1b; background: #fff;
  font: 16px/1.55 Georgia, "Times New Roman", serif;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
h1 { font-size: 1.45rem; margin: 0 0 .8rem; }
h2 { font-size: 1.15rem; margin: 1.6rem 0 .5rem; }
small, .meta, table, .legend, .stats, footer { font-family: system-ui, "Segoe UI", Roboto,
  Helvetica, Arial, sans-serif; }
code { font: .85em ui-monospace, "SFMono-Regular", Consolas, monospace; word-break: break-all; }
.banner { border: 2px solid #a34a00; background: #fff1de; padding: .6rem 1rem; margin: 1rem 0;
  font-weight: bold; }
.banner::before { content: "⚠ "; }
.summary { display: flex; flex-wrap: wrap; gap: .5rem 1.2rem; margin: .6rem 0; padding: 0;
  list-style: none; font-family: system-ui, sans-serif; }
.articles { display: grid; grid-template-columns: 1fr 1fr; gap: 2rem; align-items: start; }
@media (max-width: 900px) { .articles { grid-template-columns: 1fr; } }
.meta { font-size: .85rem; display: grid; grid-template-columns: max-content 1fr;
  gap: .1rem .8rem; margin: 0 0 1rem; }
.meta dt { color: #555; }
.meta dd { margin: 0; overflow-wrap: anywhere; }
.text p { white-space: pre-wrap; margin: 0 0 .9em; }
.fact { border-bottom: 2px solid transparent; }
.fact.conflict { background: #ffd9d9; border-bottom: 3px solid #b00020; font-weight: bold; }
.fact.possible { background: #ffeee6; border-bottom: 2px dotted #b00020; }
.furniture { display: none; }  /* page furniture: left out of the report, kept in the text */
.furniture-note { color: #555; font-style: italic; }
.unique { background: #f1f6fb; }  /* a sentence the other article does not have */
.fact.only { background: #dbe7ff; border-bottom: 3px double #1f4fa8; }
.fact.variant { background: #fff0c7; border-bottom: 2px dashed #8a5a00; }
.fact.agree { border-bottom: 1px dotted #4f7a4f; }
.fact[id]::before, .mark::before { font: bold .7em system-ui, sans-serif;
  vertical-align: super; margin-right: .1em; }
.fact.conflict[id]::before, .mark.conflict::before { content: "✗"; color: #b00020; }
.fact.possible[id]::before, .mark.possible::before { content: "✗?"; color: #b00020; }
.fact.only[id]::before, .mark.only::before { content: "◆"; color: #1f4fa8; }
.fact.variant[id]::before, .mark.variant::before { content: "≈"; color: #8a5a00; }
.mark.agree::before { content: "✓"; color: #4f7a4f; }
.chg { text-decoration-line: underline; text-decoration-thickness: 1px;
  text-underline-offset: .2em; }
.chg.sub { background: #fff3a3; text-decoration-style: wavy; text-decoration-color: #9a5b00; }
.chg.wording { background: #eceff5; text-decoration-color: #556; }
.chg.style { text-decoration-style: dotted; text-decoration-color: #999; }
.fact .chg:not(.pt) { background: none; }  /* inside a fact, the fact's colour wins */
.chg.gone { text-decoration-line: line-through; text-decoration-style: solid; }
.chg.added { text-decoration-thickness: 2px; }
.chg.pt::after { content: "‸"; color: #9a5b00; font-weight: bold; }
.chg.pt.style::after { color: #999; font-weight: normal; }
:target { outline: 3px solid #222; outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; font-size: .88rem; margin: .4rem 0 1rem; }
th, td { border: 1px solid #ccc; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
td.status, td.cell { white-space: nowrap; }
tr.conflict td.status, td.cell.conflict { background: #ffd9d9; }
tr.possible td.status { background: #ffeee6; }
tr.only_a td.status, tr.only_b td.status { background: #dbe7ff; }
tr.variant td.status { background: #fff0c7; }
tr.agree td.status, td.cell.agree { background: #e6f2e6; }
td.cell.absent { background: #f4f4f4; color: #666; }
.where { color: #555; white-space: nowrap; }
td.evidence { color: #333; font-size: .82rem; }
.legend { font-size: .85rem; display: flex; flex-wrap: wrap; gap: .3rem 1.4rem; padding: 0;
  list-style: none; }
.stats { font-size: .9rem; }
footer { margin-top: 2rem; font-size: .8rem; color: #666; }
"""
