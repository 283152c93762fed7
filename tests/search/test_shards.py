"""Large indexes in shards: newest year first, pages kept whole."""

from __future__ import annotations

import json

from ita_site.search import publish_thai_search
from ita_site.search.shards import pages_newest_first, split_into_shards

DOCS = [
    ["", "หน้าแรก", "ยินดีต้อนรับ"],
    ["2567/measures/a/", "มาตรการ ก", "ข้อความ " * 20],
    ["2567/measures/a/#ผล", "ผล", "ผลการดำเนินการ " * 20],
    ["2568/measures/b/", "มาตรการ ข", "ข้อความ " * 20],
    ["about/", "เกี่ยวกับ", "ข้อมูล"],
    ["2569/plan/", "แผน", "แผนงาน " * 20],
]


def test_pages_outside_years_come_first_then_the_newest_year():
    order = [page[0][0] for page in pages_newest_first(DOCS)]
    assert order == ["", "about/", "2569/plan/", "2568/measures/b/", "2567/measures/a/"]


def test_a_small_index_stays_one_file_in_materials_order():
    assert split_into_shards(DOCS, shard_bytes=10**6) == [DOCS]


def test_a_large_index_is_split_without_splitting_a_page():
    shards = split_into_shards(DOCS, shard_bytes=300)
    assert len(shards) > 1
    assert sorted(map(json.dumps, sum(shards, []))) == sorted(map(json.dumps, DOCS))
    for shard in shards:
        locations = [doc[0] for doc in shard]
        if "2567/measures/a/#ผล" in locations:
            assert "2567/measures/a/" in locations


def test_publishing_a_large_index_lists_every_shard_in_the_stub(tmp_path):
    material = {"config": {"lang": ["th"]},
                "docs": [{"location": d[0], "title": d[1], "text": d[2]} for d in DOCS]}
    (tmp_path / "search").mkdir()
    (tmp_path / "search" / "search_index.json").write_text(json.dumps(material), encoding="utf-8")
    published = publish_thai_search(tmp_path, shard_bytes=300)
    stub = json.loads(published.stub_path.read_text(encoding="utf-8"))
    assert stub["config"]["thai_index"] == [p.name for p in published.index_paths]
    assert len(published.index_paths) > 1 and published.documents == len(DOCS)
    again = publish_thai_search(tmp_path, shard_bytes=300)
    assert again.index_paths == published.index_paths and again.documents == len(DOCS)
