"""Thai search speed in Chromium on a built site: first result of a cold visitor, later queries.

    python bench/search_bench.py bench/out/m10000/with-plugin/site
    python bench/search_bench.py SITE --republish     # rewrite the index with the current code

The site is served on 127.0.0.1 (no network). "first result" runs in a fresh browser profile
(nothing cached): the time from the key-up that submits the query to the first result on
screen, index download included. "later" is the same query set typed again in that page once
every shard is loaded (index in memory). Each figure is the median of `--runs` cold visitors. Debian's Chromium
(/usr/bin/chromium) is used; nothing is downloaded.

`--republish` rebuilds search/ from the index the site already has (Material's documents are
recovered from it), so a search change can be measured without rebuilding a 10,000-measure site.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import shutil
import statistics
import sys
import threading
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

QUERIES = ["ค่าธรรมเนียม", "มาตรการ", "E-Service", "งบประมาณ ทุกไตรมาส", "งบประมาน"]
CHROMIUM = "/usr/bin/chromium"
WARM_UP = "หน่วยงาน"  # on most pages: answered once every shard was searched

_MARK = """() => {
    const box = document.querySelector("input.md-search__input")
    const list = document.querySelector(".md-search-result__list")
    self.__t0 = null; self.__t1 = null
    box.addEventListener("keyup", () => { if (self.__t0 === null) self.__t0 = performance.now() },
                        {once: true})
    new MutationObserver((_, observer) => {
        if (list.children.length && self.__t0 !== null && self.__t1 === null) {
            self.__t1 = performance.now(); observer.disconnect()
        }
    }).observe(list, {childList: true})
}"""


@contextmanager
def serve(folder: Path):
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def time_query(page, query: str, timeout_ms: int = 30000) -> float:
    """Seconds from the key-up submitting `query` to its first rendered result."""
    box = page.locator("input.md-search__input")
    box.fill("")
    box.press("End")
    page.wait_for_function("!document.querySelector('.md-search-result__list').children.length")
    page.evaluate(_MARK)
    box.fill(query)
    box.press("End")
    page.wait_for_function("self.__t1 !== null", timeout=timeout_ms)
    return page.evaluate("(self.__t1 - self.__t0) / 1000")


def measure(site: Path, runs: int, queries: list[str]) -> dict:
    from playwright.sync_api import sync_playwright

    first, later = [], {q: [] for q in queries}
    with serve(site) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM)
        try:
            for run in range(runs):
                context = browser.new_context(viewport={"width": 1280, "height": 900})
                page = context.new_page()
                page.goto(base)
                page.locator("input.md-search__input").click()
                # A different first query each run, so no run profits from another's warm-up
                first.append(time_query(page, queries[run % len(queries)]))
                # "Later" means the whole index is in memory: wait until every shard is loaded
                # and searched (the worker answers queries in order, all shards each)
                page.wait_for_load_state("networkidle")
                time_query(page, WARM_UP, timeout_ms=120000)
                for q in queries:
                    later[q].append(time_query(page, q))
                context.close()
        finally:
            browser.close()
    return {"first_result_s": _stats(first),
            "later_s": {q: _stats(v) for q, v in later.items()}}


def _stats(values: list[float]) -> dict:
    return {"median": round(statistics.median(values), 3), "max": round(max(values), 3),
            "runs": len(values)}


def index_sizes(site: Path) -> dict:
    stub = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    names = stub.get("config", {}).get("thai_index", [])
    sizes = [(site / "search" / n).stat().st_size for n in names]
    return {"shards": len(sizes), "first_shard_mb": round(sizes[0] / 2**20, 2) if sizes else 0,
            "total_mb": round(sum(sizes) / 2**20, 1)}


def republish(site: Path) -> None:
    """Rewrite search/ and the search scripts with the current code, from the site's own index.

    The page template (theme/partials/thai-search.html) is inlined in every page: changes to it
    need a real build.
    """
    from ita_site.search import publish_thai_search

    scripts = REPO / "theme" / "assets" / "javascripts" / "search"
    for script in scripts.glob("*.js"):
        shutil.copy2(script, site / "assets" / "javascripts" / "search" / script.name)

    search = site / "search"
    stub = json.loads((search / "search_index.json").read_text(encoding="utf-8"))
    config = dict(stub["config"])
    names = config.pop("thai_index")
    docs = []
    for name in names:
        for entry in json.loads((search / name).read_text(encoding="utf-8"))["docs"]:
            doc = {"location": entry[0], "title": entry[1].replace("\u200b", ""),
                   "text": entry[2].replace("\u200b", "")}
            extra = entry[3] if len(entry) > 3 else {}
            if extra.get("tags"):
                doc["tags"] = [t.replace("\u200b", "") for t in extra["tags"]]
            if "boost" in extra:
                doc["boost"] = extra["boost"]
            docs.append(doc)
    material = json.dumps({"config": config, "docs": docs}, ensure_ascii=False)
    (search / "search_index.json").write_text(material, encoding="utf-8")
    publish_thai_search(site)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("site", type=Path, help="a built site folder (with search/)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--republish", action="store_true")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "out" / "search.json")
    args = parser.parse_args()
    if args.republish:
        republish(args.site)
    result = {"site": str(args.site), **index_sizes(args.site),
              **measure(args.site, args.runs, QUERIES)}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    print(f"index: {result['total_mb']} MB in {result['shards']} shards "
          f"(first {result['first_shard_mb']} MB)")
    print(f"first result, cold: median {result['first_result_s']['median']:.2f} s, "
          f"max {result['first_result_s']['max']:.2f} s ({args.runs} visitors)")
    for q, s in result["later_s"].items():
        print(f"later query {q}: median {s['median']:.3f} s, max {s['max']:.3f} s")


if __name__ == "__main__":
    main()
