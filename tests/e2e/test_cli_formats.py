"""PDF, Word, e-mail and saved pages from the command line: import, facts with their page, and
one clear line for a file that cannot be read, with the library left as it was."""

from __future__ import annotations

import json
import re

import pytest

from documents import (
    LONG_STORY,
    STORY,
    docx_bytes,
    email_bytes,
    encrypted_pdf_bytes,
    mhtml_bytes,
    page_html,
    pdf_bytes,
    scanned_pdf_bytes,
    zip_bomb_docx,
)
from pdf_layout import Layout

from support import assert_one_error_line, snapshot

NEWSPAPER = Layout(columns=2, header="THE CITY LEDGER  Tuesday", footer=True, hyphenate=True)


def test_a_folder_of_every_format_imports_with_metadata(run, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "release.docx").write_bytes(docx_bytes(STORY))
    (folder / "report.pdf").write_bytes(pdf_bytes(STORY, title="Council report"))
    (folder / "statement.eml").write_bytes(email_bytes())
    (folder / "page.mhtml").write_bytes(mhtml_bytes(page_html(STORY)))
    result = run("import", folder)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.split()) == 4
    listed = json.loads(run("list", "--json").stdout)
    by_format = {article["format"]: article for article in listed}
    assert set(by_format) == {"docx", "pdf", "eml", "mhtml"}
    assert by_format["docx"]["title"] == "Council approves budget"
    assert by_format["pdf"]["title"] == "Council report"
    assert by_format["eml"]["published"] == "2024-10-22"
    assert by_format["mhtml"]["url"] == "https://news.example.com/world/austin-kyiv"


@pytest.mark.model
def test_facts_of_a_pdf_carry_their_page(run, tmp_path):
    path = tmp_path / "ledger.pdf"
    path.write_bytes(pdf_bytes(LONG_STORY, NEWSPAPER))
    out = json.loads(run("facts", path, "--json").stdout)
    text = out["article"]["text"]
    assert text.count("\f") >= 2
    pages = set()
    for fact in out["facts"]:
        assert text[fact["start"] : fact["end"]] == fact["text"]
        assert fact["page"] == text.count("\f", 0, fact["start"]) + 1
        pages.add(fact["page"])
    assert len(pages) >= 3
    table = run("facts", path).stdout
    assert re.search(r"^\s+\d+-\d+\s+p3\s+s\d+", table, re.MULTILINE)


@pytest.mark.parametrize(
    ("name", "data", "fragment"),
    [
        ("scan.pdf", scanned_pdf_bytes(), "no text layer"),
        ("locked.pdf", encrypted_pdf_bytes(STORY), "protected by a password"),
        ("bomb.docx", zip_bomb_docx(210), "would unpack to"),
    ],
    ids=["scan", "encrypted", "zip-bomb"],
)
def test_a_file_that_cannot_be_read_is_one_line_and_changes_nothing(
    run, library_path, tmp_path, name, data, fragment
):
    (tmp_path / "ok.eml").write_bytes(email_bytes())
    assert run("import", tmp_path / "ok.eml").returncode == 0
    before = snapshot(library_path.parent)
    path = tmp_path / name
    path.write_bytes(data)
    assert_one_error_line(run("import", path), name, fragment)
    assert snapshot(library_path.parent) == before


@pytest.mark.model
def test_reports_of_two_pdfs_give_each_fact_its_page(run, tmp_path):
    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
    first.write_bytes(pdf_bytes(LONG_STORY, NEWSPAPER))
    edited = [p.replace("65 people", "72 people") for p in LONG_STORY]
    second.write_bytes(pdf_bytes(edited, NEWSPAPER))
    report = json.loads(run("compare", first, second, "--format", "json").stdout)
    conflict = next(m for m in report["matches"] if m["status"] == "conflict")
    assert (conflict["a"]["text"], conflict["b"]["text"]) == ("65", "72")
    assert conflict["a"]["page"] == conflict["b"]["page"] == 1
    markdown = run("compare", first, second, "--format", "markdown").stdout
    assert re.search(r"\(p\. 1, s\d+, \d+–\d+\)", markdown)
    html = run("compare", first, second, "--format", "html").stdout
    assert re.search(r"page 1, sentence \d+", html)


def test_an_attachment_of_an_email_imports_on_its_own(run, library_path, tmp_path):
    path = tmp_path / "statement.eml"
    attachments = (("notes.txt", b"not news"), ("release.docx", docx_bytes(STORY)))
    path.write_bytes(email_bytes(attachments=attachments))
    result = run("import", path, "--attachment", "2")
    assert result.returncode == 0, result.stderr
    shown = json.loads(run("show", result.stdout.strip(), "--json").stdout)
    assert (shown["format"], shown["title"]) == ("docx", "Council approves budget")
    before = snapshot(library_path.parent)
    assert_one_error_line(run("import", path, "--attachment", "3"), "has no attachment 3")
    assert snapshot(library_path.parent) == before


def test_a_pdf_the_reader_must_repair_imports_without_a_word_on_stderr(run, tmp_path):
    data = pdf_bytes(STORY)  # pages without a size: the reader assumes US Letter, and warns
    path = tmp_path / "repaired.pdf"
    path.write_bytes(data.replace(b"/MediaBox", b"/MediaBax"))
    result = run("import", path)
    assert (result.returncode, result.stderr) == (0, "")


def test_show_lines_marks_where_each_page_of_a_pdf_begins(run, tmp_path):
    path = tmp_path / "ledger.pdf"
    path.write_bytes(pdf_bytes(LONG_STORY, NEWSPAPER))
    lines = run("show", path, "--lines").stdout.splitlines()
    breaks = [re.search(r"\s── page (\d+) ──$", line) for line in lines]
    assert [int(found[1]) for found in breaks if found] == [2, 3]
    assert "\f" not in "\n".join(lines)
