"""The portal pages as a small MkDocs project, built by `mkdocs build` in a subprocess and
placed at the root of the output beside the agencies' sites. The project uses the `ita-portal`
plugin (ita_site/plugin/portal.py), not `ita`: the same theme and Thai search as the agency
sites, and one search result per agency (search_docs.py), without one agency's content.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from ita_site.messages import portal as msg
from ita_site.portal import pages
from ita_site.portal.dashboard import dashboard_page
from ita_site.portal.config import Portal
from ita_site.portal.rows import agency_rows, coverage_years
from ita_site.portal.search_docs import write_documents

# Beside mkdocs.yml, outside docs/: read by the plugin, never published.
SEARCH_DOCUMENTS = "search-documents.json"

_CSS = """.portal-matrix { overflow-x: auto; }
.portal-has a { color: #1b5e20; } .portal-missing a { color: #b71c1c; font-weight: bold; }
.portal-failed { color: #b71c1c; } .portal-filters label { margin-right: 1em; }
"""


class PortalSiteError(RuntimeError):
    def __init__(self, text):
        super().__init__(text.en)
        self.text = text


def write_project(portal: Portal, state: dict, folder: Path) -> None:
    rows = agency_rows(state["agencies"])
    years = list(coverage_years(rows))
    docs = folder / "docs"
    (docs / "coverage").mkdir(parents=True)
    (docs / "data").mkdir()
    (docs / "dashboard").mkdir()
    (docs / "dashboard" / "index.md").write_text(dashboard_page(rows), encoding="utf-8")
    (docs / "assets" / "stylesheets").mkdir(parents=True)
    (docs / "index.md").write_text(pages.index_page(portal.name, rows, years), encoding="utf-8")
    for year, entry in coverage_years(rows).items():
        (docs / "coverage" / f"{year}.md").write_text(pages.coverage_page(year, entry),
                                                      encoding="utf-8")
    files = pages.data_files(rows)
    for name, data in files.items():
        (docs / "data" / name).write_bytes(data)
    (docs / "data" / "index.md").write_text(pages.data_page(list(files)), encoding="utf-8")
    write_documents(rows, folder / SEARCH_DOCUMENTS)
    (docs / "assets" / "stylesheets" / "portal.css").write_text(_CSS, encoding="utf-8")
    config = {
        "site_name": portal.name, "site_url": portal.site_url, "docs_dir": "docs",
        "theme": {"name": "material", "language": "th", "font": False},
        "plugins": [{"search": {"lang": ["th", "en"]}},
                    {"ita-portal": {"search_documents": SEARCH_DOCUMENTS}}],
        "extra_css": ["assets/stylesheets/portal.css"],
        "markdown_extensions": ["tables", "attr_list", "md_in_html"],
        "nav": [{"หน่วยงาน": "index.md"}, {"ภาพรวม": "dashboard/index.md"},
                *({L: f"coverage/{y}.md"} for y, L in
                  ((y, f"OIT {y}") for y in years)),
                {"ข้อมูลเปิด": "data/index.md"}],
    }
    # JSON is YAML: the portal's name is written as data, never as YAML syntax.
    (folder / "mkdocs.yml").write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")


def build_portal_site(portal: Portal, state: dict, epoch: int, timeout: float = 600) -> None:
    """Build the portal pages and move them to the root of the output, replacing the last ones."""
    output = portal.output
    with tempfile.TemporaryDirectory(prefix="ita-portal-pages-", dir=output) as temp:
        project, site = Path(temp) / "project", Path(temp) / "site"
        write_project(portal, state, project)
        env = dict(os.environ, SOURCE_DATE_EPOCH=str(epoch), NO_MKDOCS_2_WARNING="1")
        run = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet", "-f",
                              str(project / "mkdocs.yml"), "-d", str(site)], env=env,
                             capture_output=True, text=True, timeout=timeout)
        if run.returncode != 0:
            detail = " ".join(run.stderr.strip().splitlines()[-3:])
            raise PortalSiteError(msg.PORTAL_SITE_FAILED.format(code=run.returncode,
                                                                detail=detail))
        previous = set(state.get("portal_files", []))
        placed = sorted(entry.name for entry in site.iterdir())
        for name in previous | set(placed):
            target = output / name
            if target.is_dir() and name not in {a.slug for a in portal.agencies}:
                shutil.rmtree(target)
            elif target.is_file():
                target.unlink()
        for name in placed:
            os.replace(site / name, output / name)
        state["portal_files"] = placed
