"""Measure search options in Chromium: found/expected, wrong pages, index size, time to result.

    python -m tests.search.measure_options                      # fixture, every option
    python -m tests.search.measure_options --modes thai stock
    python -m tests.search.measure_options --site DIR --queries งบประมาณ ทุจริต ...

With --site, DIR is an already built site (e.g. bench/out/m1000/with-plugin/site); it is copied
to a temporary folder and prepared for mode "thai" (index rewritten, worker installed, the
theme's config script added to the home page) or measured as built (mode "stock"). Expected
pages then come from tests/search/oracle.py. Figures are printed as a Markdown table.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

import yaml

from tests.conftest import CHROMIUM, CHROMIUM_ARGS
from tests.search.oracle import page_texts, pages_containing
from tests.search.searchui import result_pages, type_query
from tests.search.sitefixture import THEME, build_fixture_site, serve

QUERIES = Path(__file__).resolve().parent / "queries.yaml"
MODES = ["stock", "segmented", "segmented+parts", "segmented+unsplit", "segmented+suffixes", "thai"]
# The result list shows results, or says there are none (Material's translated "none" text).
ANSWERED = """() => {
    const list = document.querySelector(".md-search-result__list")
    const meta = document.querySelector(".md-search-result__meta")
    const config = document.getElementById("__config")
    if (!list || !meta || !config)
        return false
    const none = JSON.parse(config.textContent).translations["search.result.none"]
    return list.children.length > 0 || meta.textContent.trim() === none
}"""
CONFIG_SCRIPT = (
    '<script>(function(el){var c=JSON.parse(el.textContent);'
    'c.search="assets/javascripts/search/worker.js";el.textContent=JSON.stringify(c)})'
    '(document.getElementById("__config"))</script>'
)


def search_bytes(site: Path) -> tuple[int, int]:
    """Bytes of the search index files a searching visitor downloads: raw and gzip-compressed."""
    raw = packed = 0
    for path in (site / "search").glob("*.json"):
        data = path.read_bytes()
        raw += len(data)
        packed += len(gzip.compress(data, 6))
    return raw, packed


def prepare_built_site(source: Path, target: Path, mode: str) -> Path:
    """Copy a built site and, for "thai", publish our index and point its home page at our worker."""
    shutil.copytree(source, target)
    if mode == "thai":
        from ita_site.search import publish_thai_search

        publish_thai_search(target)
        shutil.copytree(THEME / "assets/javascripts/search", target / "assets/javascripts/search",
                        dirs_exist_ok=True)
        home = target / "index.html"
        html = home.read_text(encoding="utf-8")
        if "assets/javascripts/search/worker.js" not in html:
            html = re.sub(r'(<script id="__config"[^>]*>.*?</script>)', r"\1" + CONFIG_SCRIPT, html,
                          count=1, flags=re.S)
            home.write_text(html, encoding="utf-8")
    return target


def time_link(browser, base: str, query: str) -> float:
    """Seconds from opening `?q=query` in a fresh browser (empty cache) to the first result."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    started = time.perf_counter()
    page.goto(base + "?q=" + quote(query), wait_until="commit")
    page.wait_for_function(ANSWERED, timeout=120000)
    elapsed = time.perf_counter() - started
    context.close()
    return elapsed


def time_typed(browser, base: str, queries: list[str]) -> tuple[float, float]:
    """Seconds to the first result for the first query typed on an idle page, and the median after."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(base)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)
    seconds = [type_query(page, base, q)[1] for q in queries]
    context.close()
    return seconds[0], statistics.median(seconds[1:]) if len(seconds) > 1 else seconds[0]


def quality(browser, base: str, queries: list[dict]) -> dict:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    found = expected = wrong5 = wrong = 0
    missing: dict[str, int] = {}
    wrong_pages: dict[str, list[str]] = {}
    for q in queries:
        page.goto(base + "?q=" + quote(q["query"]))
        try:
            page.wait_for_function(ANSWERED, timeout=60000)
            page.wait_for_timeout(100)
            got = result_pages(page, base)
        except Exception:  # noqa: BLE001 - an option that never answers found nothing
            got = []
        want = set(q["expected"])
        found += len(want & set(got))
        expected += len(want)
        wrong5 += sum(1 for u in got[:5] if u not in want)
        wrong += sum(1 for u in got if u not in want)
        if want - set(got):
            missing[q["query"]] = len(want - set(got))
        if set(got) - want:
            wrong_pages[q["query"]] = [u for u in got if u not in want]
    context.close()
    return {"found": found, "expected": expected, "wrong_top5": wrong5, "wrong": wrong,
            "missing": missing, "wrong_pages": wrong_pages}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--modes", nargs="+", default=MODES)
    parser.add_argument("--site", type=Path, help="an already built site to measure")
    parser.add_argument("--queries", nargs="+", help="queries (default: queries.yaml)")
    parser.add_argument("--no-quality", action="store_true", help="only size and timing")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for mode in args.modes:
            out = Path(tmp) / mode.replace("+", "_")
            if args.site:
                site = prepare_built_site(args.site, out / "site", mode)
            else:
                site = build_fixture_site(out, mode)
            if args.queries:
                texts = page_texts(site)
                queries = [{"query": q, "expected": sorted(pages_containing(texts, q))}
                           for q in args.queries]
            else:
                queries = yaml.safe_load(QUERIES.read_text(encoding="utf-8"))
            raw, packed = search_bytes(site)
            with serve(site) as base:
                first_typed, warm = time_typed(browser, base, [q["query"] for q in queries[:6]])
                link = time_link(browser, base, queries[0]["query"])
                row = {"mode": mode, "index_bytes": raw, "index_gzip_bytes": packed,
                       "first_typed_s": round(first_typed, 3), "warm_typed_s": round(warm, 3),
                       "cold_link_s": round(link, 3)}
                if not args.no_quality:
                    row.update(quality(browser, base, queries))
            rows.append(row)
            print(json.dumps(row, ensure_ascii=False), flush=True)
        browser.close()

    print("\n| option | found/expected | wrong in top 5 | wrong anywhere | index (gzip) |"
          " first typed query | later queries | cold ?q= link |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        quality_cells = (f"{r['found']}/{r['expected']} | {r['wrong_top5']} | {r['wrong']}"
                         if "found" in r else "– | – | –")
        print(f"| {r['mode']} | {quality_cells} | {r['index_bytes'] / 1e3:.0f} kB "
              f"({r['index_gzip_bytes'] / 1e3:.0f} kB) | {r['first_typed_s']} s | "
              f"{r['warm_typed_s']} s | {r['cold_link_s']} s |")


if __name__ == "__main__":
    main()
