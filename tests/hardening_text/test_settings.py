"""mkdocs.yml settings that make visitors' browsers ask another host stop the build; their
local alternatives build."""

from __future__ import annotations

import re

import pytest

from tests.sitebuild import build, write_project

SUPERFENCES_MERMAID = """\
  - pymdownx.superfences:
      custom_fences:
        - name: mermaid
          class: mermaid
          format: !!python/name:pymdownx.superfences.fence_code_format
"""

REFUSED = {
    "mermaid": ("", SUPERFENCES_MERMAID, "unpkg.com"),
    "repo_url": ("repo_url: https://github.com/example/site\n", "", "repo_url"),
    "gitlab": ("repo_url: https://gitlab.com/example/site\n", "", "repo_url"),
    "emoji default": ("", "  - pymdownx.emoji\n", "pymdownx.emoji"),
    "emoji material svg": ("", """\
  - pymdownx.emoji:
      emoji_index: !!python/name:material.extensions.emoji.twemoji
      emoji_generator: !!python/name:material.extensions.emoji.to_svg
""", "pymdownx.emoji"),
    "script": ("extra_javascript: [https://cdn.example.com/lib.js]\n", "", "extra_javascript"),
    "style": ("extra_css: ['//cdn.example.com/lib.css']\n", "", "extra_css"),
    "analytics": ("extra:\n  analytics: {provider: google, property: G-XXXX}\n", "",
                  "extra.analytics"),
}


def _project(root, settings: str, extensions: str, files=None):
    root = write_project(root, {"index.md": "# หน้าแรก\n", **(files or {})})
    config = root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace(
        "markdown_extensions:\n", settings + "markdown_extensions:\n" + extensions)
    config.write_text(text, encoding="utf-8")
    return root


@pytest.mark.parametrize("case", REFUSED)
def test_a_third_party_setting_stops_the_build(tmp_path, case):
    settings, extensions, named = REFUSED[case]
    built = build(_project(tmp_path / "project", settings, extensions))
    assert built.returncode != 0
    assert "Traceback" not in built.output
    assert named in built.output
    assert "วิธีแก้" in built.output and "fix:" in built.output
    assert not built.exists("")


def test_local_alternatives_build_and_load_nothing_from_elsewhere(tmp_path):
    settings = ("repo_url: https://git.example.go.th/agency/site\n"
                "extra_javascript: [assets/mermaid.min.js, "
                "'https://example.go.th/assets/own.js']\n"
                "extra_css: [assets/own.css]\n")
    extensions = SUPERFENCES_MERMAID + """\
  - pymdownx.emoji:
      emoji_index: !!python/name:material.extensions.emoji.twemoji
      emoji_generator: !!python/name:pymdownx.emoji.to_alt
"""
    files = {"assets/mermaid.min.js": "// the agency's copy of mermaid\n",
             "assets/own.css": "body {}\n",
             "page.md": "# หน้า\n\n:smile: ทดสอบ\n\n```mermaid\ngraph LR\n  A --> B\n```\n"}
    built = build(_project(tmp_path / "project", settings, extensions, files))
    assert built.returncode == 0, built.output
    page = built.html("page/")
    assert "😄" in page and '<pre class="mermaid">' in page
    loaded = re.findall(r'<(?:script|link|img)\b[^>]*(?:src|href)="(https?:)?//([^/"]+)', page)
    assert {host for _, host in loaded} <= {"example.go.th"}
