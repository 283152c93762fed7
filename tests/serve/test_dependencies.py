"""Under `mkdocs serve`, an edit of a measure's front matter renders again only the generated
pages of that measure's year whose kind is in ita_site.pages.renderers.OWN_YEAR_ONLY (and every
page of the other kinds). This holds that list to what the renderers really show: on the
sample, each field a webmaster edits is changed at once, every page and file is rendered before
and after, and nothing of another year may differ unless its kind is left out of the list."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from ita_site.checking import check_site
from ita_site.pages import documents
from ita_site.pages.renderers import OWN_YEAR_ONLY, render_entry
from ita_site.pages.tools import RenderTools
from ita_site.surveys import QrCache

REPO = Path(__file__).resolve().parents[2]


def _render_all(content: Path, qr: Path) -> dict[tuple, str | bytes]:
    checked = check_site(content)
    assert not checked.problems.errors, [p.format() for p in checked.problems.errors]
    tools = RenderTools(QrCache(qr), site_url="https://www.example.go.th/")
    out = {(entry.kind, entry.year, entry.src_uri): render_entry(checked, tools, entry)
           for entry in checked.sitemap if not entry.intro}
    for uri, measure in checked.measures_by_file.items():
        out[("measure", measure.year, uri)] = documents.measure_page(checked, measure,
                                                                    blocks=None)
    return out


def _edited(text: str) -> str:
    """Every field the year's pages show, changed: title, order, status, what it addresses."""
    _, front, body = text.split("---\n", 2)
    data = yaml.safe_load(front)
    data["title"] += " (แก้ไข)"
    data["order"] = data.get("order", 1) + 40
    data["status"] = "in-progress" if data.get("status") == "done" else "done"
    data["addresses"] = list(reversed(data.get("addresses") or []))[:1] or ["O1"]
    return "---\n" + yaml.safe_dump(data, allow_unicode=True, sort_keys=False) + "---\n" + body


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    root = tmp_path_factory.mktemp("deps")
    shutil.copytree(REPO / "content", root / "content")
    return root, _render_all(root / "content", root / "qr")


@pytest.mark.parametrize("measure", ["2567/measures/anti-corruption-culture.md",
                                     "2568/measures/bribery-risk.md"])
def test_an_edited_measure_changes_no_page_of_another_year_that_serve_would_keep(sample,
                                                                                  measure):
    root, before = sample
    path = root / "content" / measure
    text = path.read_text(encoding="utf-8")
    path.write_text(_edited(text), encoding="utf-8")
    try:
        after = _render_all(root / "content", root / "qr")
    finally:
        path.write_text(text, encoding="utf-8")
    year = int(measure.split("/")[0])
    changed = {key for key in before if before[key] != after.get(key)}
    assert any(key[1] == year and key[0] != "measure" for key in changed), \
        "the edit changed none of its year's pages: it tests nothing"
    kept_by_serve = {key for key in changed
                     if key[1] != year and (key[0] == "measure" or key[0] in OWN_YEAR_ONLY)}
    assert kept_by_serve == set(), "serve would show these pages as they were before the edit"
