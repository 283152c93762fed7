"""The SVG charts: every bar's value, year and series read back equal the data."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from ita_site.scores.charts import chart_height, indicators_chart, tools_chart
from ita_site.scores.models import YearScores

from .htmltables import parse

SVG = "{http://www.w3.org/2000/svg}"

HISTORY = {
    2566: YearScores(total=88.10, iit=90.00, eit=86.50, oit=87.00,
                     indicators={1: 90.0, 9: 70.25}),
    2567: YearScores(total=91.05, iit=92.30, eit=None, oit=89.99),
    2568: YearScores(total=95.42, iit=96.10, eit=94.20, oit=95.90,
                     indicators={n: 90 + n * 0.5 for n in range(1, 11)}),
}
NAMES = {1: "การปฏิบัติหน้าที่", 9: "การเปิดเผยข้อมูล", 10: "การป้องกันการทุจริต"}


def bars(svg: str) -> list[ET.Element]:
    return ET.fromstring(svg).findall(f".//{SVG}rect[@data-value]")


def test_tools_chart_has_one_bar_per_year_and_series_with_the_data():
    svg, _ = tools_chart(HISTORY, scale=100)
    found = {(int(b.get("data-year")), b.get("data-series")): float(b.get("data-value"))
             for b in bars(svg)}
    expected = {(year, key): value for year, scores in HISTORY.items()
                for key in ("total", "iit", "eit", "oit")
                if (value := scores.series(key)) is not None}
    assert found == expected
    assert (2567, "eit") not in found  # a missing score draws no bar


def test_bar_lengths_are_proportional_to_the_scores():
    svg, _ = tools_chart(HISTORY, scale=100)
    root = ET.fromstring(svg)
    plot_width = float(root.get("data-plot-width"))
    assert len(bars(svg)) == 11  # 3 years × 4 tools, less 2567's missing EIT
    for bar in bars(svg):
        width = float(bar.get("width"))
        assert width == pytest.approx(plot_width * float(bar.get("data-value")) / 100, abs=0.01)
        assert float(bar.get("x")) == float(root.get("data-plot-x"))


def test_longer_bar_means_higher_score():
    svg, _ = tools_chart(HISTORY, scale=100)
    totals = sorted((float(b.get("data-value")), float(b.get("width")))
                    for b in bars(svg) if b.get("data-series") == "total")
    assert len(totals) == 3
    assert [w for _, w in totals] == sorted(w for _, w in totals)


def test_indicators_chart_values_and_years_with_indicators_only():
    svg, table = indicators_chart(HISTORY, NAMES, scale=100)
    found = {(int(b.get("data-year")), b.get("data-series")): float(b.get("data-value"))
             for b in bars(svg)}
    expected = {(year, f"indicator-{n}"): value for year, scores in HISTORY.items()
                for n, value in scores.indicators.items()}
    assert found == expected
    years_in_svg = {int(t.text) for t in ET.fromstring(svg).iter(f"{SVG}text")
                    if "ita-chart-year" in (t.get("class") or "")}
    assert years_in_svg == {2566, 2568}  # 2567 has no indicator scores


def test_chart_is_accessible_and_responsive():
    svg, _ = tools_chart(HISTORY, scale=100, chart_id="home-tools")
    root = ET.fromstring(svg)
    assert root.get("role") == "img"
    title = root.find(f"{SVG}title")
    desc = root.find(f"{SVG}desc")
    assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
    assert title.get("id").startswith("home-tools")
    assert "2566–2568" in title.text
    assert "95.42" in desc.text and "ไม่มีข้อมูล" in desc.text  # the values, as text too
    assert root.get("width") is None and root.get("height") is None
    assert root.get("viewBox") == f"0 0 360 {chart_height(4, 3)}"
    assert root.get("fill") == "currentColor"


def test_every_value_is_written_beside_its_bar():
    svg, _ = tools_chart(HISTORY, scale=100)
    labels = [t.text for t in ET.fromstring(svg).iter(f"{SVG}text")
              if "ita-chart-value" in (t.get("class") or "")]
    assert "95.42" in labels and "89.99" in labels and "–" in labels


def test_latest_year_is_marked_by_class_not_only_colour():
    svg, _ = tools_chart(HISTORY, scale=100)
    drawn = bars(svg)
    assert len(drawn) == 11
    assert [b.get("data-series") for b in drawn if b.get("data-year") == "2568"] == [
        "total", "iit", "eit", "oit"]
    for bar in drawn:
        latest = "ita-chart-bar--latest" in bar.get("class")
        assert latest == (bar.get("data-year") == "2568")


def test_reference_line_at_the_pass_mark():
    svg, _ = tools_chart(HISTORY, scale=100, reference=85)
    line = ET.fromstring(svg).find(f".//{SVG}line[@class='ita-chart-reference']")
    assert line is not None, "no reference line drawn"
    root = ET.fromstring(svg)
    expected_x = float(root.get("data-plot-x")) + float(root.get("data-plot-width")) * 0.85
    assert float(line.get("x1")) == pytest.approx(expected_x)


def test_companion_table_holds_the_same_numbers():
    svg, table = tools_chart(HISTORY, scale=100)
    [parsed] = parse(table).tables
    assert parsed.header() == ["ปี พ.ศ.", "2566", "2567", "2568"]
    rows = {row.cells[0].text: row.texts()[1:] for row in parsed.body()}
    assert len(rows) == 4
    assert rows["คะแนนรวม"] == ["88.10", "91.05", "95.42"]
    assert rows["EIT การรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก"] == ["86.50", "–", "94.20"]
    assert all(c.attrs.get("scope") == "row" for row in parsed.body() for c in row.cells[:1])
    assert parsed.caption.startswith("ข้อมูลของแผนภูมิ")


def test_indicator_names_escaped_in_svg():
    svg, _ = indicators_chart(HISTORY, {1: "A & <B>"}, scale=100)
    ET.fromstring(svg)  # well-formed XML despite the name
    assert "1. A &amp; &lt;B&gt;" in svg


def test_the_scale_is_the_catalogs():
    """A year scored out of 5: bars, grid and pass mark are drawn on 0–5, and said so."""
    history = {2570: YearScores(total=4.2, iit=4.0, eit=3.5, oit=5.0)}
    svg, _ = tools_chart(history, scale=5, reference=3.5)
    root = ET.fromstring(svg)
    plot_x, plot_width = float(root.get("data-plot-x")), float(root.get("data-plot-width"))
    for bar in bars(svg):
        assert float(bar.get("width")) == pytest.approx(
            plot_width * float(bar.get("data-value")) / 5, abs=0.01)
    axis = [t.text for t in root.findall(f".//{SVG}text[@class='ita-chart-axis']")]
    assert axis == ["0", "1.25", "2.5", "3.75", "5"]
    line = root.find(f".//{SVG}line[@class='ita-chart-reference']")
    assert float(line.get("x1")) == pytest.approx(plot_x + plot_width * 0.7)
    assert "คะแนนเต็ม 5 " in root.find(f"{SVG}desc").text


def test_without_a_catalog_the_highest_score_fills_the_plot():
    svg, _ = tools_chart({2570: YearScores(total=40.0, iit=80.0)}, scale=None)
    root = ET.fromstring(svg)
    widths = {b.get("data-series"): float(b.get("width")) for b in bars(svg)}
    assert widths["iit"] == pytest.approx(float(root.get("data-plot-width")))
    assert root.find(f".//{SVG}line[@class='ita-chart-reference']") is None
