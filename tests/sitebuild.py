"""Building small real sites in tests: write files, run MkDocs, read the HTML it made."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

MKDOCS_YML = """\
site_name: ทดสอบ
site_url: {site_url}
docs_dir: content
theme:
  name: material
  language: th
  font: false
plugins:
  - search
  - ita{plugin_options}
markdown_extensions:
  - attr_list
  - md_in_html
  - tables
  - toc:
      permalink: true
      slugify: !!python/name:ita_site.text.slugs.slugify
validation:
  nav:
    omitted_files: ignore
"""

AGENCY = """\
name: องค์การบริหารส่วนตำบลทดสอบ
type: องค์การบริหารส่วนตำบล
subdistrict: ทดสอบ
district: เมือง
province: ขอนแก่น
"""


@dataclass
class Built:
    root: Path
    site: Path
    returncode: int
    output: str

    def html(self, url: str) -> str:
        """The HTML of the page at site URL `url` ("2568/plan/", "" for home)."""
        return (self.site / url / "index.html").read_text(encoding="utf-8")

    def exists(self, url: str) -> bool:
        return (self.site / url / "index.html").is_file()


def write_project(root: Path, files: dict[str, str], *, with_agency: bool = True,
                  site_url: str = "https://example.go.th/", plugin_options: str = "") -> Path:
    """A project folder: mkdocs.yml plus content/ with `files` (paths relative to content/)."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "mkdocs.yml").write_text(MKDOCS_YML.format(
        site_url=site_url, plugin_options=plugin_options), encoding="utf-8")
    content = root / "content"
    content.mkdir(exist_ok=True)
    if with_agency and "agency.yml" not in files:
        (content / "agency.yml").write_text(AGENCY, encoding="utf-8")
    for rel, text in files.items():
        path = content / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return root


def build(root: Path, *, strict: bool = False, own_process: bool = False) -> Built:
    """Run `mkdocs build` as a user would and keep what it printed.

    `own_process`: in a subprocess, for tests that need the build's own process; the others run
    MkDocs' own command line in this process (tests/inprocess.py), which skips a second
    interpreter's imports and start-up (half a small build's CPU). ITA_TESTS_OWN_PROCESS=1 runs
    every build in its own process, to tell a failure from a side effect of sharing one."""
    site = root / "site"
    args = ["build", "-f", str(root / "mkdocs.yml"), "-d", str(site)]
    if strict:
        args.append("--strict")
    if not own_process and not os.environ.get("ITA_TESTS_OWN_PROCESS"):
        from tests.inprocess import run_mkdocs

        returncode, output = run_mkdocs(args, cwd=root)
        return Built(root, site, returncode, output)
    proc = subprocess.run([sys.executable, "-m", "mkdocs", *args], capture_output=True,
                          text=True, cwd=root,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    return Built(root, site, proc.returncode, proc.stdout + proc.stderr)


def build_files(tmp_path: Path, files: dict[str, str], **kwargs) -> Built:
    strict = kwargs.pop("strict", False)
    return build(write_project(tmp_path / "project", files, **kwargs), strict=strict)


def shared_build(tmp_path_factory, name: str, files: dict[str, str], **kwargs) -> Built:
    """`build_files` made once per test run and shared by every worker (tests/sharedbuild.py).

    For fixtures whose tests only read the built site; the project folder is the same for all.
    """
    key = json.dumps([files, kwargs], sort_keys=True, ensure_ascii=False)
    strict = kwargs.pop("strict", False)
    return shared_project_build(tmp_path_factory, name, [key],
                                lambda root: write_project(root, files, **kwargs), strict=strict)


def shared_project_build(tmp_path_factory, name: str, inputs: list, write, *,
                         strict: bool = False) -> Built:
    """`build(write(root))` made once per test run for every worker; `inputs` (files, folders,
    strings) are what the project is made from, hashed to name the shared folder."""
    from tests.sharedbuild import shared_folder

    def make(folder: Path) -> None:
        built = build(write(folder / "project"), strict=strict)
        (folder / "build.json").write_text(json.dumps(
            {"returncode": built.returncode, "output": built.output}), encoding="utf-8")

    folder = shared_folder(tmp_path_factory, name, inputs, make)
    result = json.loads((folder / "build.json").read_text(encoding="utf-8"))
    root = folder / "project"
    return Built(root, root / "site", result["returncode"], result["output"])


def _copy_sample(root: Path) -> Path:
    shutil.copytree(REPO / "content", root / "content")
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    if (REPO / "catalogs").is_dir():
        shutil.copytree(REPO / "catalogs", root / "catalogs")
    return root


def sample_build(tmp_path_factory) -> Built:
    """The repository's sample site (content/, mkdocs.yml), built as `./dev build` builds it
    the first time (no cache), once per test run for every test that only reads it."""
    inputs = [REPO / "content", REPO / "mkdocs.yml"]
    if (REPO / "catalogs").is_dir():
        inputs.append(REPO / "catalogs")
    return shared_project_build(tmp_path_factory, "sample", inputs, _copy_sample)
