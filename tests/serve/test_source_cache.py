"""The parse cache `mkdocs serve` keeps between builds: a file is parsed again exactly when its
bytes changed, and the fingerprint of the generated pages' inputs ignores measure bodies."""

from __future__ import annotations

import os

from ita_site.checking import check_site
from ita_site.content.source_cache import SourceCache
from tests.sitebuild import write_project

MEASURE = "---\ntitle: {title}\nissue: 1\n---\n\n{body}\n"


def _project(tmp_path, title="มาตรการ ก", body="ข้อความ"):
    root = write_project(tmp_path / "p", {
        "2568/year.yml": "ita_year: 2568\n",
        "2568/measures/a.md": MEASURE.format(title=title, body=body),
    })
    return root / "content"


def _rewrite_keeping_time(path, text):
    """Same size, same modification time: only the bytes tell the edit apart."""
    stat = path.stat()
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))


def test_an_edit_is_seen_even_with_the_same_size_and_time(tmp_path):
    content = _project(tmp_path)
    cache = SourceCache()
    first = check_site(content, cache=cache)
    assert first.site.years[2568].measures[0].title == "มาตรการ ก"
    _rewrite_keeping_time(content / "2568/measures/a.md",
                          MEASURE.format(title="มาตรการ ข", body="ข้อความ"))
    again = check_site(content, cache=cache)
    assert again.site.years[2568].measures[0].title == "มาตรการ ข"


def test_problems_are_reported_on_every_load(tmp_path):
    content = _project(tmp_path, title="[ไม่ปิด")
    cache = SourceCache()
    for _ in range(2):
        problems = check_site(content, cache=cache).problems
        assert any("2568/measures/a.md" in p.format() for p in problems.errors)


def test_fingerprint_ignores_a_measure_body_only(tmp_path):
    content = _project(tmp_path)
    cache = SourceCache()
    measures = {"2568/measures/a.md": 2568}
    check_site(content, cache=cache)
    start = cache.fingerprint(measures)
    assert set(start) == {"", "2568"}
    (content / "2568/measures/a.md").write_text(MEASURE.format(title="มาตรการ ก",
                                                               body="ข้อความใหม่"))
    check_site(content, cache=cache)
    assert cache.fingerprint(measures) == start
    (content / "2568/measures/a.md").write_text(MEASURE.format(title="มาตรการ ค",
                                                               body="ข้อความใหม่"))
    check_site(content, cache=cache)
    changed = cache.fingerprint(measures)
    assert changed["2568"] != start["2568"], "a title edit left its year's digest alone"
    assert changed[""] == start[""], "a measure's edit changed the digest of the other files"
    (content / "2568/year.yml").write_text("ita_year: 2568\n# แก้\n", encoding="utf-8")
    check_site(content, cache=cache)
    assert cache.fingerprint(measures)[""] != changed[""]
