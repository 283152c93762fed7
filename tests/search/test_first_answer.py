"""A large index answers first from a small shard; the yearly summaries come last."""

from __future__ import annotations

import json

from ita_site.search.shards import split_into_shards

MEASURE_TEXT = "ติดป้ายค่าธรรมเนียม " * 40


def _site(measures: int) -> list[list]:
    docs = [["", "หน้าแรก", "ยินดีต้อนรับ"]]
    for year in (2567, 2568):
        docs.append([f"{year}/plan/", "แผน", MEASURE_TEXT * measures])
        docs.append([f"{year}/report/", "รายงาน", MEASURE_TEXT * measures])
        docs.append([f"{year}/progress/", "รายงานรอบ 6 เดือน", MEASURE_TEXT * measures])
        for n in range(measures):
            docs.append([f"{year}/measures/m{n}/", f"มาตรการ {n}", MEASURE_TEXT])
    return docs


def _size(shard: list[list]) -> int:
    return sum(len(json.dumps(d, ensure_ascii=False).encode("utf-8")) + 1 for d in shard)


def test_the_first_shard_is_small_whatever_the_size_of_the_site():
    for measures in (200, 2000):
        shards = split_into_shards(_site(measures), shard_bytes=1_000_000, first_bytes=100_000)
        assert _size(shards[0]) <= 100_000
        assert shards[0][0][0] == ""
        assert shards[0][1][0].startswith("2568/measures/")


def test_yearly_summaries_are_searched_after_every_other_page_but_kept():
    docs = _site(200)
    shards = split_into_shards(docs, shard_bytes=200_000, first_bytes=50_000)
    order = [doc[0] for shard in shards for doc in shard]
    assert sorted(order) == sorted(doc[0] for doc in docs)
    summaries = [i for i, loc in enumerate(order) if loc.endswith(("plan/", "report/", "progress/"))]
    others = [i for i, loc in enumerate(order) if i not in summaries]
    assert min(summaries) > max(others)
    assert not any(loc.endswith(("plan/", "report/", "progress/")) for loc, *_ in shards[0])
