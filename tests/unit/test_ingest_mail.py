"""E-mail (.eml) and saved web page (.mhtml) import: the text, the headers as metadata."""

from __future__ import annotations

import pytest

from documents import STORY, docx_bytes, email_bytes, mhtml_bytes, page_html
from parallax.errors import InputError
from parallax.ingest import collect_files, read_attachment, read_bytes, read_path


def test_an_email_gives_its_text_and_its_headers_as_metadata():
    article = read_bytes(email_bytes(), name="statement.eml").article
    assert article.format == "eml"
    assert article.title == "Statement on the Tuesday strike"
    assert article.published == "2024-10-22"
    assert article.byline == "Maria Lopez"
    assert article.outlet == "city.example.org"
    assert article.text.startswith(STORY[0])
    assert not article.furniture or all(s.reason != "attachments" for s in article.furniture)


def test_attachments_are_listed_as_furniture_after_the_message():
    data = email_bytes(attachments=(("budget.pdf", b"%PDF-1.4 ..."), ("photo.jpg", b"\xff\xd8")))
    article = read_bytes(data, name="statement.eml").article
    last = article.furniture[-1]
    assert article.text[last.start : last.end] == "Attachments: [1] budget.pdf, [2] photo.jpg"
    assert (last.reason, last.end) == ("attachments", len(article.text))


def test_an_attachment_is_read_as_a_file_of_its_own(tmp_path):
    path = tmp_path / "statement.eml"
    path.write_bytes(email_bytes(attachments=(("budget.docx", docx_bytes(STORY[1:])),)))
    article = read_attachment(path, 1).article
    assert article.format == "docx"
    assert article.title == "Council approves budget"
    assert article.text.startswith(STORY[1])
    with pytest.raises(InputError, match=r"statement.eml: has no attachment 2 \(it has 1\)"):
        read_attachment(path, 2)


def test_an_html_only_email_is_read_like_a_page():
    article = read_bytes(email_bytes(None, html=page_html(STORY)), name="m.eml").article
    assert STORY[1] in article.text
    assert "Home" not in article.text
    assert article.title == "Statement on the Tuesday strike"


def test_an_email_is_known_by_its_headers_whatever_its_name():
    assert read_bytes(email_bytes(), name="statement.txt").article.format == "eml"


def test_plain_text_that_starts_like_a_header_stays_text():
    text = "Subject: the budget\nKeywords: council\n\n" + STORY[0]
    assert read_bytes(text.encode(), name="notes.txt").article.format == "txt"


def test_a_saved_page_gives_the_article_and_the_address_it_was_saved_from():
    article = read_bytes(mhtml_bytes(page_html(STORY)), name="page.mhtml").article
    assert article.format == "mhtml"
    assert article.url == "https://news.example.com/world/austin-kyiv"
    assert article.title == "Austin visits Kyiv"
    assert STORY[0] in article.text and STORY[2] in article.text
    assert "Home" not in article.text and "PNG" not in article.text


def test_a_saved_page_without_html_is_refused():
    data = mhtml_bytes(page_html(STORY)).replace(b"text/html", b"text/plain")
    with pytest.raises(InputError, match="contains no article text"):
        read_bytes(data, name="page.mht")


def test_folders_give_every_format(tmp_path):
    for name, data in {
        "a.eml": email_bytes(),
        "b.mhtml": mhtml_bytes(page_html(STORY)),
        "c.mht": mhtml_bytes(page_html(STORY[:2])),
        "d.txt": "\n\n".join(STORY).encode(),
    }.items():
        (tmp_path / name).write_bytes(data)
    files, skipped = collect_files([tmp_path])
    assert [f.name for f in files] == ["a.eml", "b.mhtml", "c.mht", "d.txt"]
    assert skipped == []
    formats = [read_path(f).article.format for f in files]
    assert formats == ["eml", "mhtml", "mhtml", "txt"]
