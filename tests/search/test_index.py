"""The Thai index made from Material's search index, and the files a build leaves behind."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ita_site.search import (
    ThaiSearchError,
    build_thai_index,
    publish_thai_search,
    search_stub,
)
from ita_site.search.html_text import plain_text

MATERIAL_INDEX = {
    "config": {"lang": ["th"], "separator": "[\\s\\-]+", "pipeline": ["stopWordFilter"],
               "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}}},
    "docs": [
        {"location": "2568/measures/bribery/", "title": "มาตรการป้องกันการรับสินบน",
         "text": "<p>ชี้แจงว่าการรับสินบนมีโทษ &amp; ประกาศ &lt;ค่าธรรมเนียม&gt;</p>"
                 "<ul><li>ข้อ O23</li><li>ปี ๒๕๖๘</li></ul>"},
        {"location": "2568/measures/bribery/#ผลการดำเนินการ", "title": "ผลการดำเนินการ",
         "text": "<p>ประเมินความเสี่ยงแล้ว 5 กระบวนงาน</p>", "tags": ["ทุจริต"], "boost": 2},
    ],
}


def test_markup_becomes_lines_of_plain_text():
    assert plain_text("<p>ก &amp; ข</p><ul><li>ค</li><li><code>O28</code> ง</li></ul>") == (
        "ก & ข\nค\nO28 ง")


def test_every_document_keeps_its_place_and_words():
    index = build_thai_index(MATERIAL_INDEX)
    assert index["version"] == 1
    locations = [doc[0] for doc in index["docs"]]
    assert locations == ["2568/measures/bribery/", "2568/measures/bribery/#ผลการดำเนินการ"]
    title, text = index["docs"][0][1], index["docs"][0][2]
    assert title.replace("\u200b", "") == "มาตรการป้องกันการรับสินบน"
    assert "\u200b" in title
    assert text.replace("\u200b", "") == (
        "ชี้แจงว่าการรับสินบนมีโทษ & ประกาศ <ค่าธรรมเนียม>\nข้อ O23\nปี ๒๕๖๘")
    assert index["docs"][1][3] == {"tags": ["ทุจริต"], "boost": 2}


def test_stub_keeps_materials_settings_and_names_the_index():
    stub = search_stub(MATERIAL_INDEX, ["thai_index.abc.json"])
    assert stub["docs"] == []
    assert stub["config"]["thai_index"] == ["thai_index.abc.json"]
    assert stub["config"]["separator"] == MATERIAL_INDEX["config"]["separator"]


def write_material_index(site: Path, data: dict = MATERIAL_INDEX) -> Path:
    (site / "search").mkdir(parents=True, exist_ok=True)
    path = site / "search" / "search_index.json"
    path.write_text(json.dumps(data), encoding="utf-8")  # Material writes \\u escapes
    return path


def test_publishing_writes_a_compact_utf8_index_and_a_stub(tmp_path):
    write_material_index(tmp_path)
    published = publish_thai_search(tmp_path)
    [index_path] = published.index_paths
    raw = index_path.read_bytes()
    assert "สินบน".encode("utf-8") in raw and b"\\u0e" not in raw
    assert index_path.name.startswith("thai_index.") and published.documents == 2
    stub = json.loads(published.stub_path.read_text(encoding="utf-8"))
    assert stub["docs"] == [] and stub["config"]["thai_index"] == [index_path.name]
    assert published.stub_path.stat().st_size < 400


def test_publishing_twice_changes_nothing(tmp_path):
    write_material_index(tmp_path)
    first = publish_thai_search(tmp_path)
    stub = first.stub_path.read_bytes()
    second = publish_thai_search(tmp_path)
    assert second.index_paths == first.index_paths and first.stub_path.read_bytes() == stub
    assert second.documents == first.documents


def test_a_new_build_replaces_the_old_index(tmp_path):
    write_material_index(tmp_path)
    [old] = publish_thai_search(tmp_path).index_paths
    changed = json.loads(json.dumps(MATERIAL_INDEX))
    changed["docs"][0]["title"] = "มาตรการใหม่"
    write_material_index(tmp_path, changed)
    [new] = publish_thai_search(tmp_path).index_paths
    assert new != old and not old.exists()
    assert [p.name for p in (tmp_path / "search").glob("thai_index.*")] == [new.name]


def test_a_missing_index_says_to_enable_the_search_plugin(tmp_path):
    with pytest.raises(ThaiSearchError) as caught:
        publish_thai_search(tmp_path)
    problem = caught.value.problem
    assert "search_index.json" in problem.path
    assert "plugins" in problem.text.fix_th and "search" in problem.text.fix_en
    assert "ดัชนีค้นหา" in problem.text.th


def test_a_broken_index_is_reported_with_its_path(tmp_path):
    (tmp_path / "search").mkdir()
    (tmp_path / "search" / "search_index.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ThaiSearchError) as caught:
        publish_thai_search(tmp_path)
    assert "อ่านดัชนีค้นหา" in caught.value.problem.text.th
