"""The README stays a short front door: the quick start as it is, and the way to the guide."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
README = (REPO / "README.md").read_text(encoding="utf-8")


def test_quick_start_keeps_its_heading_and_two_commands():
    assert "## Quick start / เริ่มต้นใช้งาน" in README
    assert "./dev serve" in README and "./dev test" in README
    assert "pip install" in README and "./dev wheel" in README and "ita-site new" in README


def test_every_path_the_readme_names_exists():
    links = re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", README)
    paths = re.findall(r"`((?:ita_site|tests|guide|theme|content|bench|\.ci)/[\w./-]*)`", README)
    generated = {"guide/site/", "bench/out/"}  # written by `./dev guide` and bench/; absent from a fresh clone
    missing = [p for p in links + paths
               if not p.startswith("http") and p not in generated and not (REPO / p).exists()]
    assert links and paths and not missing, missing
