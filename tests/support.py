"""Helpers the test suites share: sample paths, library snapshots, error-line checks."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

from parallax.compare.align.sentences import align_sentences
from parallax.model import Alignment, Analysis

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"


def snapshot(folder: Path) -> dict[str, str]:
    """The SHA-256 of every file in `folder`: equal snapshots mean the library was not touched."""
    if not folder.exists():
        return {}
    return {
        entry.name: hashlib.sha256(entry.read_bytes()).hexdigest()
        for entry in sorted(folder.iterdir())
        if entry.is_file()
    }


def assert_one_error_line(result: subprocess.CompletedProcess, *fragments: str) -> None:
    """Exit 1, no output, and exactly one `parallax: error:` line naming the cause."""
    assert result.returncode == 1, result
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("parallax: error: "), lines[0]
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


def aligned(a_text: str, a: Analysis, b_text: str, b: Analysis) -> tuple[Alignment, ...]:
    """The sentence alignment `compare` would give two analysed texts (the matcher's input)."""
    return align_sentences(
        a_text, a.sentences, b_text, b.sentences, a_facts=a.facts, b_facts=b.facts
    )


# A revision pair with a hand-built alignment, shared by the diff and navigation tests: one
# sentence edited in each of several ways, one moved, one dropped and one added.
REVISION_1 = (
    "Defence Secretary Lloyd Austin arrived in Kyiv on Monday for his fourth visit since the war.",
    "He announced $400 million in new military aid, officials said.",
    "The strike on Tuesday killed 65 people, the regional governor said.",
    "“We will not be intimidated,” Mayor Tomas Reyes told reporters.",
    "The visit was not announced in advance for security reasons.",
)
REVISION_2 = (
    "Defence Secretary Lloyd Austin arrived in Kyiv on Tuesday for his third visit since the war.",
    "He announced $425 million in new military aid.",
    "Officials said the package includes air-defence missiles.",
    "“We will not be intimidated,” Mayor Tomas Ruiz told reporters.",
    "The strike on Tuesday killed at least 72 people, the regional governor said.",
)
ALIGNMENT = (
    Alignment((0,), (0,), 0.9, "changed"),
    Alignment((1,), (1,), 0.8, "changed"),
    Alignment((2,), (4,), 0.8, "changed"),
    Alignment((3,), (3,), 0.9, "moved"),
)


def story(article) -> str:
    """The lines of an article's stored text that are not furniture, one blank line apart: the
    text its facts are read from."""
    kept = "".join(
        " " if article.in_furniture(i, i + 1) else char for i, char in enumerate(article.text)
    )
    return "\n\n".join(line.strip() for line in kept.split("\n") if line.strip())


def story_sentences(article, analysis) -> list[int]:
    """Indices of the analysis's sentences with a character outside the article's furniture
    (a sample's headline, byline and date lines stay in its text as furniture)."""
    return [
        sentence.index
        for sentence in analysis.sentences
        if any(
            not article.in_furniture(i, i + 1) and not article.text[i].isspace()
            for i in range(sentence.start, sentence.end)
        )
    ]
