"""Last-updated dates from git history: one `git log`, Thai file names intact, nothing
without git, the newest commit wins."""

from __future__ import annotations

import datetime as dt
import subprocess

from ita_site.standard.updated import date_of, git_dates

from .conftest import git_env


def _commit(root, date: str, files: dict[str, str]) -> None:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    env = {**git_env(), "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date}
    subprocess.run(["git", "add", "-A"], cwd=root, env=env, check=True)
    subprocess.run(["git", "commit", "-q", "-m", "x"], cwd=root, env=env, check=True)


def test_each_file_gets_the_date_of_its_last_commit(tmp_path):
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, env=git_env(), check=True)
    _commit(tmp_path, "2024-10-01T09:00:00+07:00",
            {"content/2568/measures/การเปิดเผยข้อมูล.md": "a", "content/about/index.md": "a"})
    _commit(tmp_path, "2025-02-14T09:00:00+07:00", {"content/about/index.md": "b"})
    dates = git_dates(tmp_path / "content")
    assert dates == {"2568/measures/การเปิดเผยข้อมูล.md": dt.date(2024, 10, 1),
                     "about/index.md": dt.date(2025, 2, 14)}


def test_outside_git_there_are_no_dates(tmp_path):
    (tmp_path / "a.md").write_text("x", encoding="utf-8")
    assert git_dates(tmp_path) == {}


def test_generated_pages_follow_their_year_and_agency_pages_only_themselves():
    dates = {"about/index.md": dt.date(2025, 1, 1), "2568/": dt.date(2025, 3, 1),
             "": dt.date(2025, 3, 1)}
    assert date_of(dates, "2568/plan.md", 2568, generated=True) == dt.date(2025, 3, 1)
    assert date_of(dates, "data/index.md", None, generated=True) == dt.date(2025, 3, 1)
    assert date_of(dates, "about/other.md", None, generated=False) is None
    assert date_of(dates, "about/index.md", None, generated=False) == dt.date(2025, 1, 1)
