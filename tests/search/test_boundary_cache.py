"""Word boundaries remembered between builds (ita_site.search.boundary_cache): the same index,
and no dictionary for text segmented before."""

from __future__ import annotations

import json

from ita_site.search import build_thai_index
from ita_site.search.boundary_cache import CachedBoundaries
from ita_site.search.segmenter import ThaiWordSegmenter
from tests.search.test_index import MATERIAL_INDEX
from tests.sitebuild import build, write_project

TEXTS = ["มาตรการป้องกันการรับสินบน ปีงบประมาณ ๒๕๖๘", "การเปิดเผยข้อมูล O12 และจัดซื้อจัดจ้าง"]


def _no_dictionary():
    raise AssertionError("the dictionary was loaded for text segmented before")


def test_a_second_run_gives_the_same_boundaries_without_the_dictionary(tmp_path):
    path = tmp_path / "boundaries-test.json"
    first = CachedBoundaries(path, ThaiWordSegmenter.default)
    expected = [ThaiWordSegmenter.default().boundaries(t) for t in TEXTS]
    assert [first.boundaries(t) for t in TEXTS] == expected
    first.save()
    again = CachedBoundaries(path, _no_dictionary)
    assert [again.boundaries(t) for t in TEXTS] == expected
    assert build_thai_index(MATERIAL_INDEX, CachedBoundaries(path, ThaiWordSegmenter.default)) \
        == build_thai_index(MATERIAL_INDEX)


def test_only_new_text_is_segmented_and_the_file_keeps_only_the_latest_runs(tmp_path):
    path = tmp_path / "boundaries-test.json"
    first = CachedBoundaries(path, ThaiWordSegmenter.default)
    first.boundaries(TEXTS[0])
    first.save()
    second = CachedBoundaries(path, ThaiWordSegmenter.default)
    second.boundaries(TEXTS[0] + " " + TEXTS[1])
    assert second.new_runs == 2  # การเปิดเผยข้อมูล, และจัดซื้อจัดจ้าง
    second.save()
    third = CachedBoundaries(path, ThaiWordSegmenter.default)
    third.boundaries(TEXTS[1])
    third.save()
    kept = json.loads(path.read_text(encoding="utf-8"))["runs"]
    assert sorted(kept) == ["การเปิดเผยข้อมูล", "และจัดซื้อจัดจ้าง"]


def test_a_damaged_file_is_ignored(tmp_path):
    path = tmp_path / "boundaries-test.json"
    path.write_text('{"format": 1, "runs": {"มาตรการ": [99, -1]}', encoding="utf-8")
    cached = CachedBoundaries(path, ThaiWordSegmenter.default)
    assert cached.boundaries(TEXTS[0]) == ThaiWordSegmenter.default().boundaries(TEXTS[0])
    path.write_text('{"format": 1, "runs": {"มาตรการ": [99, -1]}}', encoding="utf-8")
    cached = CachedBoundaries(path, ThaiWordSegmenter.default)
    assert cached.boundaries("มาตรการ") == ThaiWordSegmenter.default().boundaries("มาตรการ")


def _search_files(site):
    return {p.name: p.read_bytes() for p in sorted((site / "search").glob("*.json"))}


def test_a_warm_build_publishes_the_same_search_index(tmp_path):
    root = write_project(tmp_path / "project", {
        "2568/year.yml": "ita_year: 2568\n",
        "2568/measures/bribery.md": "---\ntitle: มาตรการป้องกันการรับสินบน\nissue: 3\n---\n"
                                    "ชี้แจงโทษของการรับสินบนในปีงบประมาณ\n",
    })
    cold = build(root)
    assert cold.returncode == 0, cold.output
    [cache] = (root / ".cache/ita-site/search").glob("boundaries-*.json")
    first = _search_files(cold.site)
    warm = build(root)
    assert warm.returncode == 0, warm.output
    assert _search_files(warm.site) == first
    assert any("รับสินบน" in run for run in json.loads(cache.read_text("utf-8"))["runs"])
