"""PDF text accuracy, reading order and speed on real news text laid out to break extractors;
prints one JSON object.

    python bench/formats.py [--data DIR] [--editions N]

Real news text: the MEANTIME documents of ../shared/data (bench/corpus.py), four documents to an
"edition" of several pages, for the first N editions (default 8). Each edition is written as a
PDF (bench/pdf_layout.py: Courier, US Letter) in eight layouts: `plain` (one column), `columns`
(two), `furniture` (two columns, a running header and a "Page N" footer on every page),
`hyphens` (two columns, words hyphenated at line ends), `pull_quote` (two columns, a sentence of
the text repeated across both columns in the middle of the first page) and `all` of these. The
file holds the lines in reading order (a column after the other), except in `columns_rows` and
`all_rows`, which write them top to bottom across both columns, as some programs do: a reader
that follows the file's order then mixes the columns.
Each PDF is read by three readers:
- `parallax`: `ingest.read_bytes` (pdfminer.six with Parallax's reading order, hyphen joining and
  furniture marking); its text is the stored text without the furniture spans;
- `pdfminer`: `pdfminer.high_level.extract_text` with its default layout analysis;
- `pypdf`: `PdfReader(...).pages[i].extract_text()` joined by newlines.
Measured against the text the layout set (the paragraphs, no header, footer, hyphen or pull
quote), with runs of whitespace made one space on both sides:
- `cer`: character error rate, Levenshtein distance / length of the source (rapidfuzz);
- `order`: of the source's sentences whose first six words are found in the output, the share of
  consecutive pairs found in the source's order (1.0: reading order kept);
- `s_per_page`: reading time per page (median over the editions).
Also, for `parallax`: `furniture_marked`, the share of header, footer and page-number lines that
are marked as furniture, and `story_marked`, the share of source sentences that lie (their first
six words) in furniture. Nothing is written anywhere.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import statistics
import time
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from corpus import SHARED_DATA, documents, require
from parallax.ingest import read_bytes
from pdf_layout import Layout, expected_text, layout

HEADER = "THE BENCH GAZETTE   Monday edition"
LAYOUTS = {
    "plain": Layout(),
    "columns": Layout(columns=2),
    "columns_rows": Layout(columns=2, stream="rows"),
    "furniture": Layout(columns=2, header=HEADER, footer=True),
    "hyphens": Layout(columns=2, hyphenate=True),
    "pull_quote": Layout(columns=2),  # the quote is set per edition
    "all": Layout(columns=2, header=HEADER, footer=True, hyphenate=True),
    "all_rows": Layout(columns=2, header=HEADER, footer=True, hyphenate=True, stream="rows"),
}
DOCS_PER_EDITION = 4
_SENTENCE = re.compile(r"(?<=[.!?\"])\s+(?=[A-Z\"“])")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=SHARED_DATA)
    parser.add_argument("--editions", type=int, default=8)
    args = parser.parse_args()
    editions = _editions(require(args.data / "meantime"), args.editions)
    results = {}
    for name, style in LAYOUTS.items():
        results[name] = _measure(editions, name, style)
    pages = sum(_pages(layout(e, LAYOUTS["plain"])) for e in editions)
    print(
        json.dumps(
            {"editions": len(editions), "pages_plain": pages, "layouts": results},
            indent=1,
        )
    )


def _editions(folder: Path, count: int) -> list[list[str]]:
    docs = [text for _key, text in documents(folder, min_words=150)]
    editions = []
    for i in range(0, len(docs) - DOCS_PER_EDITION + 1, DOCS_PER_EDITION):
        paragraphs = [p for text in docs[i : i + DOCS_PER_EDITION] for p in text.split("\n\n")]
        editions.append(paragraphs)
        if len(editions) == count:
            break
    return editions


def _measure(editions: list[list[str]], name: str, style: Layout) -> dict:
    scores: dict[str, dict[str, list[float]]] = {}
    marked, furniture_lines, story_hidden, sentences = 0, 0, 0, 0
    for paragraphs in editions:
        if name.startswith(("pull_quote", "all")):
            style = replace(style, pull_quote=_first_sentence(paragraphs[1]))
        pdf = layout(paragraphs, style, title="Bench edition")
        source = _flat(expected_text(paragraphs))
        pages = _pages(pdf)
        for reader, read in READERS.items():
            began = time.perf_counter()
            text = read(pdf)
            seconds = time.perf_counter() - began
            found = scores.setdefault(reader, {"cer": [], "order": [], "s_per_page": []})
            output = text if reader != "parallax" else _story(text)
            found["cer"].append(_cer(source, _flat(output)))
            found["order"].append(_order(source, _flat(output)))
            found["s_per_page"].append(seconds / pages)
            if reader == "parallax":
                article = text
                lines = [s for s in article.furniture if article.text[s.start : s.end]]
                expected = (bool(style.header) + style.footer) * pages
                furniture_lines += expected
                marked += min(expected, sum(1 for s in lines if s.reason != "pull quote"))
                story_hidden_now, total = _hidden_sentences(source, article)
                story_hidden += story_hidden_now
                sentences += total
    out = {
        reader: {
            "cer": round(statistics.mean(values["cer"]), 4),
            "order": round(statistics.mean(values["order"]), 4),
            "s_per_page": round(statistics.median(values["s_per_page"]), 4),
        }
        for reader, values in scores.items()
    }
    if furniture_lines:
        out["parallax"]["furniture_marked"] = round(marked / furniture_lines, 3)
    out["parallax"]["story_marked"] = round(story_hidden / max(sentences, 1), 4)
    return out


def _read_parallax(pdf: bytes):
    return read_bytes(pdf, name="edition.pdf").article


def _read_pdfminer(pdf: bytes) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(io.BytesIO(pdf))


def _read_pypdf(pdf: bytes) -> str:
    import pypdf

    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


READERS = {"parallax": _read_parallax, "pdfminer": _read_pdfminer, "pypdf": _read_pypdf}


def _story(article) -> str:
    text, at = "", 0
    for span in article.furniture:
        text += article.text[at : span.start] + " "
        at = span.end
    return text + article.text[at:]


def _pages(pdf: bytes) -> int:
    return pdf.count(b"/Type /Page ")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _cer(source: str, output: str) -> float:
    return Levenshtein.distance(source, output) / max(len(source), 1)


def _starts(source: str) -> list[str]:
    """The first six words of each sentence of `source` that has six words or more and whose
    first six words occur once in it."""
    found = []
    for sentence in _SENTENCE.split(source):
        words = sentence.split()
        start = " ".join(words[:6])
        if len(words) >= 6 and source.count(start) == 1:
            found.append(start)
    return found


def _order(source: str, output: str) -> float:
    positions = [output.find(start) for start in _starts(source)]
    positions = [p for p in positions if p >= 0]
    pairs = list(pairwise(positions))
    return sum(1 for a, b in pairs if a < b) / len(pairs) if pairs else 0.0


def _hidden_sentences(source: str, article) -> tuple[int, int]:
    starts = _starts(source)
    hidden = 0
    for start in starts:
        match = re.search(r"\s+".join(map(re.escape, start.split())), article.text)
        if match and article.in_furniture(match.start(), match.end()):
            hidden += 1
    return hidden, len(starts)


def _first_sentence(paragraph: str) -> str:
    return _SENTENCE.split(paragraph)[0][:140]


if __name__ == "__main__":
    main()
