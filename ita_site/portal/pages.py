"""The portal's own pages and open data, written as a small MkDocs project.

Pages (URLs are a promise, pinned by tests/portal):
  /                      every agency: type, district, latest year, ITA total and level,
                         OIT coverage, links; filtered by district and type in the browser
  /dashboard/            charts: ITA totals over the years (lowest, median, highest), mean
                         ITA total and OIT coverage per year, levels per year
  /coverage/<ita-year>/  agency × OIT item, มี / ยังไม่มี, each cell linking to the item page
  /data/                 the open-data files below, described
  /data/agencies.csv|json, /data/coverage-<ita-year>.csv|json, /data/*.schema.json
Every text from an agency's content is HTML-escaped where it lands.
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

from ita_site.messages.portal import LABELS as L
from ita_site.portal.core import csv_bytes
from ita_site.portal.rows import AgencyRow, coverage_years

# Filtering runs in the page itself: no server and nothing from a third party.
_FILTER_SCRIPT = """<script>
(function () {
  var selects = document.querySelectorAll("select[data-portal-filter]");
  function apply() {
    var want = {};
    selects.forEach(function (s) { want[s.dataset.portalFilter] = s.value; });
    document.querySelectorAll("tr[data-district]").forEach(function (row) {
      var show = Object.keys(want).every(function (k) { return !want[k] || row.dataset[k] === want[k]; });
      row.hidden = !show;
    });
  }
  selects.forEach(function (s) { s.addEventListener("change", apply); });
})();
</script>"""

AGENCY_COLUMNS = ("slug", "name", "type", "district", "province", "status", "latest_year",
                  "ita_total", "ita_level", "scores_year", "oit_year", "oit_covered", "oit_items",
                  "url")


def _number(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def _select(key: str, label: str, values: list[str]) -> str:
    options = "".join(f'<option value="{escape(v)}">{escape(v)}</option>' for v in values)
    return (f'<label>{escape(label)} <select data-portal-filter="{key}">'
            f'<option value="">{escape(L["all"])}</option>{options}</select></label>')


def index_page(name: str, rows: list[AgencyRow], years: list[int]) -> str:
    head = "".join(f"<th>{escape(L[k])}</th>" for k in
                   ("name", "type", "district", "year", "total", "level", "coverage", "links"))
    body = []
    for row in rows:
        links = []
        if row.has_site:
            links.append(f'<a href="{row.slug}/">{L["site"]}</a>')
        if row.oit_year:
            links.append(f'<a href="{row.slug}/{row.oit_year}/oit/">{L["oit"]}</a>')
        if row.report:
            links.append(f'<a href="{row.slug}/{row.oit_year}/report/">{L["report"]}</a>')
        status = "" if row.ok else f' <strong class="portal-failed">{escape(L["failed"])}</strong>'
        coverage = "–" if row.covered is None else f"{row.covered}/{row.items}"
        body.append(
            f'<tr data-district="{escape(row.district)}" data-type="{escape(row.type)}" '
            f'id="{row.slug}"><td>{escape(row.name)}{status}</td><td>{escape(row.type)}</td>'
            f"<td>{escape(row.district)}</td><td>{row.year or '–'}</td>"
            f"<td>{_number(row.total)}</td><td>{escape(row.level or '–')}</td>"
            f"<td>{coverage}</td><td>{' · '.join(links)}</td></tr>")
    districts = sorted({r.district for r in rows if r.district})
    filters = (_select("district", L["filter_district"], districts) + " "
               + _select("type", L["filter_type"], sorted({r.type for r in rows if r.type})))
    parts = [f"# {escape(name)}", "", f'<div class="portal-filters">{filters}</div>', "",
             f'<table class="portal-agencies"><thead><tr>{head}</tr></thead>'
             f"<tbody>{''.join(body)}</tbody></table>", ""]
    parts += [" · ".join(f"[{L['coverage_title'].format(year=y)}](coverage/{y}.md)" for y in years),
              "", f"[{L['dashboard']}](dashboard/index.md) · [{L['data_title']}](data/index.md)"
              f": [CSV](data/agencies.csv) · [JSON](data/agencies.json) · "
              f"[JSON Schema](data/agencies.schema.json)", ""]
    failed = [r for r in rows if not r.ok]
    if failed:
        parts += [f"## {L['failed']}", ""]
        for row in failed:
            kept = f" — {L['kept']}" if row.has_site else ""
            items = "".join(f"<li><code>{escape(p['where'])}</code>: {escape(p['th'])}"
                            f"<br>({escape(p['en'])})</li>" for p in row.problems)
            parts += [f'<h3 id="failed-{row.slug}">{escape(row.name)} ({row.slug}){kept}</h3>',
                      f"<ul>{items}</ul>", ""]
    parts.append(_FILTER_SCRIPT)
    return "\n".join(parts) + "\n"


def coverage_page(year: int, entry: dict) -> str:
    codes = list(entry["items"])
    head = "".join(f'<th title="{escape(entry["items"][c])}">{escape(c)}</th>' for c in codes)
    body = []
    for row, cov in entry["agencies"]:
        by_code = {i["code"]: i for i in cov["items"]}
        cells = []
        for code in codes:
            item = by_code.get(code)
            if item is None:
                cells.append("<td>–</td>")
                continue
            word = L["has"] if item["has"] else L["missing"]
            cells.append(f'<td class="portal-{"has" if item["has"] else "missing"}">'
                         f'<a href="../../{row.slug}/{escape(item["url"])}">{word}</a></td>')
        body.append(f'<tr><th scope="row"><a href="../../{row.slug}/">{escape(row.name)}</a>'
                    f' ({cov["covered"]}/{cov["total"]})</th>{"".join(cells)}</tr>')
    title = L["coverage_title"].format(year=year)
    return (f"# {escape(title)}\n\n<div class=\"portal-matrix\"><table><thead><tr><th>"
            f"{escape(L['name'])}</th>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
            f"</div>\n\n[CSV](../data/coverage-{year}.csv) · [JSON](../data/coverage-{year}.json)\n")


def data_files(rows: list[AgencyRow]) -> dict[str, bytes]:
    """Open data of the whole portal: path under data/ → bytes."""
    files = {}
    records = [row.as_data() for row in rows]
    files["agencies.csv"] = csv_bytes(AGENCY_COLUMNS, ([r[c] for c in AGENCY_COLUMNS]
                                                       for r in records))
    files["agencies.json"] = _json({"agencies": records})
    for year, entry in coverage_years(rows).items():
        codes = list(entry["items"])
        matrix = [{"slug": row.slug, "name": row.name, "year": cov["year"],
                   "items": {i["code"]: i["has"] for i in cov["items"]}}
                  for row, cov in entry["agencies"]]
        files[f"coverage-{year}.csv"] = csv_bytes(
            ("slug", "name", "year", *codes),
            ([m["slug"], m["name"], m["year"], *(_yes(m["items"].get(c)) for c in codes)]
             for m in matrix))
        files[f"coverage-{year}.json"] = _json({"ita_year": year, "items": entry["items"],
                                                "agencies": matrix})
    schemas = Path(__file__).with_name("schemas")
    for schema in sorted(schemas.glob("*.schema.json")):
        files[schema.name] = schema.read_bytes()
    return files


def _yes(value: bool | None) -> str:
    return "" if value is None else (L["has"] if value else L["missing"])


def _json(document) -> bytes:
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def data_page(names: list[str]) -> str:
    lines = [f"# {L['data_title']}", "",
             "ข้อมูลของทุกหน่วยงานในพอร์ทัล: CSV (UTF-8 มี BOM เปิดใน Excel ได้) และ JSON "
             "พร้อม JSON Schema (every agency's figures and the OIT coverage matrix per ITA year)",
             ""]
    lines += [f"- [{name}]({name})" for name in names]
    return "\n".join(lines) + "\n"
