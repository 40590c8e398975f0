"""`parallax import`, `list`, `search` and `show` on real files, as a user runs them."""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

from support import SAMPLES


def _import_samples(run, *extra: str) -> list[str]:
    result = run("import", SAMPLES, *extra)
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_import_folder_prints_one_id_per_article_and_lists_them(run):
    ids = _import_samples(run)
    assert len(ids) == 3 and len(set(ids)) == 3
    listing = json.loads(run("list", "--json").stdout)
    assert sorted(a["id"] for a in listing) == sorted(ids)
    titles = {a["title"] for a in listing}
    assert "Brenner Valley flood toll rises to at least 72" in titles
    assert "Floods kill 65 in Brenner Valley as minister makes third visit" in titles


def test_article_json_follows_the_contract(run):
    _import_samples(run)
    (article,) = [a for a in json.loads(run("list", "--json").stdout) if a["format"] == "html"]
    for field in (
        "id",
        "title",
        "outlet",
        "byline",
        "published",
        "url",
        "source_path",
        "sha256",
        "imported_at",
        "words",
        "text",
    ):
        assert field in article
    assert article["outlet"] == "The Harbour Post"
    assert article["byline"] == "Daniel Okafor"
    assert article["published"] == "2024-10-22"
    assert article["words"] > 100
    assert "Subscribe" not in article["text"] and "Privacy" not in article["text"]
    assert article["source_path"].endswith("2-harbour-post.html")


def test_importing_the_same_bytes_twice_gives_the_same_article(run, tmp_path: Path):
    first = _import_samples(run)
    copy = tmp_path / "copy-of-wire.txt"
    shutil.copy(SAMPLES / "1-northline-wire.txt", copy)
    again = run("import", copy).stdout.split()
    assert again == [next(i for i in first if i == again[0])]
    assert len(json.loads(run("list", "--json").stdout)) == 3


def test_stories_group_articles_in_the_order_added(run):
    ids = _import_samples(run, "--story", "Brenner floods")
    story = json.loads(run("list", "--story", "brenner floods", "--json").stdout)
    assert [a["id"] for a in story] == ids
    missing = run("list", "--story", "No such story")
    assert missing.returncode == 1 and "no such story" in missing.stderr


def test_list_prints_a_readable_table(run):
    _import_samples(run)
    lines = run("list").stdout.splitlines()
    assert lines[0].split() == ["ID", "PUBLISHED", "WORDS", "OUTLET", "TITLE"]
    assert any("The Harbour Post" in line and "2024-10-22" in line for line in lines[1:])


def test_search_ranks_and_marks_matches(run):
    _import_samples(run)
    result = run("search", "toll", "--json")
    hits = json.loads(result.stdout)
    assert hits, result.stderr
    assert "[toll]" in hits[0]["snippet"].lower()
    assert "toll" in hits[0]["title"].lower()  # a title match ranks first
    text = run("search", '"emergency aid"', "--limit", "1").stdout
    assert len([line for line in text.splitlines() if not line.startswith(" ")]) == 1
    assert "[emergency] [aid]" in text.lower() or "[emergency aid]" in text.lower()


def test_search_with_no_match_says_so(run):
    _import_samples(run)
    result = run("search", "volcano")
    assert result.returncode == 0 and "No articles match" in result.stdout


def test_show_by_id_prefix_prints_metadata_then_text(run):
    ids = _import_samples(run)
    result = run("show", ids[0][:6])
    assert result.returncode == 0, result.stderr
    assert "SHA-256:" in result.stdout and "Title:" in result.stdout
    shown = json.loads(run("show", ids[0], "--json").stdout)
    assert shown["id"] == ids[0]
    assert shown["text"] in result.stdout


def test_show_a_file_imports_it_on_the_fly(run):
    shown = json.loads(run("show", SAMPLES / "3-northline-wire-corrected.md", "--json").stdout)
    assert shown["title"] == "Floods kill 68 in Brenner Valley as minister makes fourth visit"
    assert shown["published"] == "2024-10-23"
    assert [a["id"] for a in json.loads(run("list", "--json").stdout)] == [shown["id"]]


def test_show_reads_standard_input_with_title_and_date(run):
    text = "Rescue teams reached the village of Orsk on Monday.\n\nThe road had been closed."
    result = run(
        "show", "-", "--title", "Orsk reached", "--published", "2024-10-22", "--json", stdin=text
    )
    shown = json.loads(result.stdout)
    assert shown["title"] == "Orsk reached" and shown["published"] == "2024-10-22"
    assert shown["text"] == text


def test_library_option_env_variable_and_default_location(run, tmp_path: Path):
    env_library = tmp_path / "from-env.db"
    result = run(
        "import",
        SAMPLES / "1-northline-wire.txt",
        library=None,
        env={"PARALLAX_LIBRARY": str(env_library)},
    )
    assert result.returncode == 0, result.stderr
    assert env_library.exists()
    assert stat.S_IMODE(env_library.stat().st_mode) == 0o600
    after = run("list", "--library", env_library, library=None)  # also accepted after the command
    assert "Floods kill 65" in after.stdout


def test_default_library_lives_in_the_user_data_folder(run):
    result = run("import", SAMPLES / "1-northline-wire.txt", library=None)
    assert result.returncode == 0, result.stderr
    default = Path(os.environ["XDG_DATA_HOME"]) / "parallax" / "library.db"
    assert default.exists()


def test_version_and_help(run):
    assert run("--version").stdout.startswith("parallax ")
    helped = run("--help")
    assert helped.returncode == 0
    for command in ("import", "list", "search", "show"):
        assert command in helped.stdout


def test_usage_errors_exit_2(run):
    assert run("search").returncode == 2
    assert run("import").returncode == 2
    assert run("list", "--no-such-option").returncode == 2
