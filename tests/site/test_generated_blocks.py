"""Generated HTML blocks skip Markdown conversion (ita_site.pages.blocks): the pages a reader
sees, the anchors links may point at and what search finds stay those of the blocks."""

import json
import re

from tests.sitebuild import build, write_project

FILES = {
    "2568/year.yml": "ita_year: 2568\n",
    "2568/measures/manual.md": """
        ---
        title: จัดทำคู่มือการให้บริการ
        issue: 1
        steps: [ทบทวนคู่มือการให้บริการประชาชน]
        outputs: [มีคู่มือฉบับปรับปรุง]
        status: done
        ---
        ข้อความของหน่วยงาน <!--ita-html:0123456789abcdef--> ต่อท้าย
        """,
    "about/links.md": """
        # ลิงก์

        [ขั้นตอน](../2568/measures/manual.md#steps),
        [ผลการดำเนินการ](../2568/measures/manual.md#results),
        [ข้อ O1](../2568/oit/index.md#o1)
        """,
}

# MkDocs checks links to anchors only when told to; strict then stops on a missing one.
ANCHOR_CHECKS = "  links:\n    anchors: warn\n"


def _project(tmp_path):
    root = write_project(tmp_path / "project", FILES)
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + ANCHOR_CHECKS, encoding="utf-8")
    return root


def test_links_to_anchors_inside_generated_blocks_pass_strict_checks(tmp_path):
    built = build(_project(tmp_path), strict=True)
    assert built.returncode == 0, built.output
    assert "does not contain an anchor" not in built.output


def test_blocks_are_in_place_and_no_placeholder_is_published(tmp_path):
    built = build(_project(tmp_path))
    assert built.returncode == 0, built.output
    measure = built.html("2568/measures/manual/")
    assert '<div class="ita-measure">' in measure and '<h2 id="steps">' in measure
    assert measure.index("ทบทวนคู่มือการให้บริการประชาชน") < measure.index("ข้อความของหน่วยงาน")
    assert '<table class="ita-table ita-table--plan ita-table--cards">' in built.html("2568/plan/")
    assert '<tr id="o1">' in built.html("2568/oit/")
    assert 'class="ita-measure-list"' in built.html("2568/")
    for page in built.site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        leftovers = set(re.findall(r"<!--ita-html:[0-9a-f]{16}-->", text))
        # the agency's own comment that merely looks like a placeholder stays as written
        assert leftovers <= {"<!--ita-html:0123456789abcdef-->"}, page


def test_search_finds_the_text_of_generated_blocks(tmp_path):
    built = build(_project(tmp_path))
    assert built.returncode == 0, built.output
    search = built.site / "search"
    stub = json.loads((search / "search_index.json").read_text(encoding="utf-8"))
    docs = [doc for name in stub["config"]["thai_index"]
            for doc in json.loads((search / name).read_text(encoding="utf-8"))["docs"]]
    texts = " ".join(doc[2] for doc in docs if doc[0].startswith("2568/measures/manual/"))
    assert "ทบทวนคู่มือการให้บริการประชาชน" in texts.replace("\u200b", "")
