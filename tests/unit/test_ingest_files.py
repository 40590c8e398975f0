"""Files and folders as a user names them: what is read, what is skipped, what is refused."""

from __future__ import annotations

import gzip
import hashlib
import io
import os
import random
import zipfile
from pathlib import Path

import pytest

from parallax import errors
from parallax.errors import InputError
from parallax.ingest import SUPPORTED_SUFFIXES, collect_files, read_bytes, read_path

STORY = "The council voted 7-2 on Tuesday to close the harbour road for the winter."
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"


def write(path: Path, content: str | bytes = STORY) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", f"<w:t>{STORY}</w:t>")
    return buffer.getvalue()


# read_path ----------------------------------------------------------------------------------
def test_read_path_fills_the_article(tmp_path: Path):
    path = write(tmp_path / "harbour.txt")
    parsed = read_path(path)
    digest = hashlib.sha256(STORY.encode("utf-8")).hexdigest()
    assert parsed.original == STORY.encode("utf-8")
    article = parsed.article
    assert (article.id, article.sha256) == (digest[:12], digest)
    assert article.source_path == str(path)
    assert (article.format, article.encoding, article.words) == ("txt", "utf-8", 14)
    assert article.imported_at is None


def test_source_path_is_made_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    write(tmp_path / "harbour.txt")
    monkeypatch.chdir(tmp_path)
    assert read_path("harbour.txt").article.source_path == str(tmp_path / "harbour.txt")


def test_the_same_bytes_give_the_same_id(tmp_path: Path):
    first = read_path(write(tmp_path / "a.txt")).article
    second = read_path(write(tmp_path / "copy" / "b.txt")).article
    changed = read_path(write(tmp_path / "c.txt", STORY + " ")).article
    assert first.id == second.id
    assert first.id != changed.id


def test_a_missing_file_is_refused(tmp_path: Path):
    with pytest.raises(InputError, match="no such file or folder"):
        read_path(tmp_path / "nowhere.txt")


def test_a_folder_is_refused_where_a_file_is_needed(tmp_path: Path):
    with pytest.raises(InputError, match="is a folder"):
        read_path(tmp_path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions")
def test_an_unreadable_file_is_refused_with_the_reason(tmp_path: Path):
    path = write(tmp_path / "secret.txt")
    path.chmod(0)
    with pytest.raises(InputError, match=r"cannot be read \(Permission denied\)"):
        read_path(path)


def test_an_empty_file_is_refused(tmp_path: Path):
    with pytest.raises(InputError, match="the file is empty"):
        read_path(write(tmp_path / "empty.txt", b""))


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as file:
        os.truncate(file.fileno(), errors.MAX_INPUT_BYTES + 1)  # sparse: costs no disk or time
    with pytest.raises(InputError, match="over the 50 MB limit"):
        read_path(path)


def test_bytes_over_the_limit_are_refused():
    with pytest.raises(InputError, match="over the 50 MB limit"):
        read_bytes(b" " * (errors.MAX_INPUT_BYTES + 1), name="big.txt")


@pytest.mark.parametrize(
    "data",
    [
        PNG,
        gzip.compress(STORY.encode()),
        b"SQLite format 3\x00" + bytes(100),
        STORY.encode() + b"\x00\x01\x02" + STORY.encode(),
        random.Random(7).randbytes(4096),
        bytes(range(1, 32)) * 10,
    ],
    ids=["png", "gzip", "sqlite", "nul-bytes", "random", "control-characters"],
)
def test_binary_content_is_refused_whatever_the_suffix(tmp_path: Path, data: bytes):
    with pytest.raises(InputError, match="looks like a binary file"):
        read_path(write(tmp_path / "story.txt", data))


@pytest.mark.parametrize(
    ("data", "kind"),
    [(zip_bytes(), "Word"), (b"%PDF-1.7\n" + STORY.encode(), "PDF")],
    ids=["zip-with-a-word-part", "pdf-signature"],
)
def test_a_document_by_its_content_but_damaged_is_refused_as_damaged(
    tmp_path: Path, data: bytes, kind: str
):
    with pytest.raises(InputError, match=f"the {kind} file is damaged"):
        read_path(write(tmp_path / "story.txt", data))


# collect_files -------------------------------------------------------------------------------
@pytest.fixture
def newsroom(tmp_path: Path) -> Path:
    """A folder as a reporter keeps one: stories, notes, images, and hidden clutter."""
    root = tmp_path / "newsroom"
    for name in ("b.txt", "a.md", "nested/deeper/c.html", "nested/d.HTM", "nested/e.markdown"):
        write(root / name)
    write(root / "photo.png", PNG)
    write(root / "nested" / "notes.odt", zip_bytes())
    write(root / "README", STORY)
    write(root / ".DS_Store", b"\x00\x00\x00\x01Bud1")
    write(root / ".git" / "HEAD.txt", "ref: refs/heads/main")
    write(root / "nested" / ".draft.txt")
    return root


def test_collect_files_expands_folders_recursively_in_order(newsroom: Path):
    files, skipped = collect_files([newsroom])
    assert [f.relative_to(newsroom).as_posix() for f in files] == [
        "a.md",
        "b.txt",
        "nested/d.HTM",
        "nested/deeper/c.html",
        "nested/e.markdown",
    ]
    assert sorted((p.relative_to(newsroom).as_posix(), reason) for p, reason in skipped) == [
        ("README", "unsupported file type (no extension)"),
        ("nested/notes.odt", "unsupported file type (.odt)"),
        ("photo.png", "unsupported file type (.png)"),
    ]


def test_collect_files_skips_hidden_files_and_folders_silently(newsroom: Path):
    files, skipped = collect_files([newsroom])
    every = [*files, *(path for path, _ in skipped)]
    assert not any(part.startswith(".") for p in every for part in p.relative_to(newsroom).parts)


def test_named_files_are_kept_in_the_order_given_without_repeats(newsroom: Path):
    files, skipped = collect_files([newsroom / "b.txt", newsroom, newsroom / "a.md"])
    assert files[0] == newsroom / "b.txt"
    assert len(files) == len(set(files)) == 5
    assert len(skipped) == 3


def test_a_named_text_file_with_another_suffix_is_read(newsroom: Path):
    files, skipped = collect_files([newsroom / "README", newsroom / ".DS_Store"])
    assert files == [newsroom / "README"]
    assert skipped == [(newsroom / ".DS_Store", "unsupported file type (no extension)")]
    assert read_path(files[0]).article.text == STORY


def test_a_named_binary_file_with_another_suffix_is_skipped(newsroom: Path):
    files, skipped = collect_files([newsroom / "photo.png"])
    assert (files, skipped) == ([], [(newsroom / "photo.png", "unsupported file type (.png)")])


def test_collect_files_refuses_a_missing_path(newsroom: Path):
    with pytest.raises(InputError, match="no such file or folder"):
        collect_files([newsroom, newsroom / "missing.txt"])


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_a_symlink_loop_does_not_recurse_forever(newsroom: Path):
    (newsroom / "nested" / "loop").symlink_to(newsroom, target_is_directory=True)
    files, _ = collect_files([newsroom])
    assert len(files) == 5


def test_supported_suffixes():
    assert {".txt", ".md", ".html"} <= set(SUPPORTED_SUFFIXES)
    assert all(suffix == suffix.lower() and suffix.startswith(".") for suffix in SUPPORTED_SUFFIXES)


def test_source_path_is_stored_absolute(tmp_path, monkeypatch):
    from parallax.ingest import read_path

    (tmp_path / "wire.txt").write_text("Rescue teams reached Orsk on Monday.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    parsed = read_path("wire.txt")
    assert parsed.article.source_path == str(tmp_path / "wire.txt")
