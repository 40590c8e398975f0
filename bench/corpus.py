"""Real news documents for the benchmarks, rebuilt from the CoNLL tokens in ../shared/data."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"

_NO_SPACE_BEFORE = re.compile(r"^(?:[.,;:!?%)\]}]|'s|'re|'ve|'ll|'d|n't|'m|’s)$", re.I)
_NO_SPACE_AFTER = {"(", "[", "{", "$", "£", "€", "``"}


def documents(folder: Path, *, min_words: int = 80) -> Iterator[tuple[str, str]]:
    """(doc key, text) for each document of every .conll file under `folder`, in file order.

    Sentences become lines, grouped into paragraphs of three, with tokens re-joined the way
    they were printed ("killed 65 people, officials said." rather than "people , officials").
    """
    for path in sorted(folder.rglob("*.conll")):
        for key, sentences in _read(path):
            text = "\n\n".join(
                " ".join(_join(s) for s in sentences[i : i + 3])
                for i in range(0, len(sentences), 3)
            )
            if len(text.split()) >= min_words:
                yield key, text


def require(folder: Path) -> Path:
    """`folder`, or exit with one clear line when the shared data is not beside the repo."""
    if not folder.is_dir():
        sys.exit(f"{folder}: evaluation data not found (expected ../shared/data beside the repo)")
    return folder


def _read(path: Path, *, keep_url: bool = False) -> Iterator[tuple[str, list[list[str]]]]:
    """(doc key, sentences as token lists) in file order; an ECB+ document's sentence 0 (its
    source URL) is dropped unless `keep_url`."""
    docs: dict[str, dict[int, list[str]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        key, sentence, _token, word, *_ = line.split("\t")
        docs.setdefault(key, {}).setdefault(int(sentence), []).append(word)
    for key, sentences in docs.items():
        ordered = [sentences[i] for i in sorted(sentences)]
        if "ecbplus" in key and not keep_url:
            ordered = ordered[1:]  # sentence 0 of an ECB+ document is its source URL
        yield key, ordered


def _join(tokens: list[str]) -> str:
    out: list[str] = []
    for token in tokens:
        token = {"``": '"', "''": '"', "-LRB-": "(", "-RRB-": ")"}.get(token, token)
        if out and not _NO_SPACE_BEFORE.match(token) and out[-1] not in _NO_SPACE_AFTER:
            out.append(" ")
        out.append(token)
    return "".join(out)
