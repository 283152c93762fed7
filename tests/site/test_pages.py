"""What each generated page shows, read from the built HTML."""

import re
from html.parser import HTMLParser


class Tables(HTMLParser):
    """Rows of every table.ita-table as lists of cell texts."""

    def __init__(self):
        super().__init__()
        self.tables, self._row, self._cell, self._depth = [], None, None, 0

    def handle_starttag(self, tag, attrs):
        classes = dict(attrs).get("class") or ""
        if tag == "table" and "ita-table" in classes:
            self.tables.append([])
        elif tag == "tr" and self.tables:
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []
        elif tag == "li" and self._cell is not None:
            self._cell.append(" •")

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self._row.append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.tables[-1].append(self._row)
            self._row = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def tables(html):
    parser = Tables()
    parser.feed(html)
    return parser.tables


def text(html):
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_report_has_official_title_agency_and_year(built):
    html = built.html("2568/report/")
    assert "<h1" in html and ("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส"
                              "ภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568") in text(html)
    assert "องค์การบริหารส่วนตำบลทดสอบ" in html
    assert "ตำบลทดสอบ อำเภอเมือง จังหวัดขอนแก่น" in html


def test_report_table_rows_follow_official_columns(built):
    html = built.html("2568/report/")
    first = tables(html)[0]
    assert first[0] == ["ลำดับ", "มาตรการ/โครงการ/กิจกรรม", "ขั้นตอน/วิธีการปฏิบัติ", "ระยะเวลา",
                        "ผู้รับผิดชอบ", "ผลการดำเนินการ", "ผลลัพธ์/ผลสัมฤทธิ์", "ข้อเสนอแนะ"]
    assert first[1] == ["1", "การปฏิบัติหรือให้บริการแก่บุคคลภายนอกเป็นไปตามขั้นตอน",
                        "•จัดทำคู่มือการให้บริการ •ทบทวนคู่มือให้เป็นปัจจุบัน",
                        "ตลอดปีงบประมาณ 2568", "ทุกส่วน ทุกกอง",
                        "มีคู่มือการให้บริการที่ปรับปรุงแล้ว",
                        "•ประชาชนเข้าถึงขั้นตอนได้ง่ายขึ้น •ลดข้อร้องเรียน",
                        "ควรเผยแพร่ทางออนไลน์"]


def test_report_is_grouped_by_issue_in_order(built):
    html = built.html("2568/report/")
    headings = re.findall(r"<h2[^>]*>(.*?)<a", html)
    assert [h.split(".")[0].strip() for h in headings] == ["1", "5", "7"]
    rows = [t[1][0] for t in tables(html)]
    assert rows == ["1", "3", "2"]  # ลำดับ follows order:, Thai digit ๒ included


def test_2567_groups_by_indicator(built):
    html = built.html("2567/report/")
    assert re.search(r"<h2[^>]*>2\. การใช้งบประมาณ", html)


def test_plan_has_no_result_columns(built):
    header = tables(built.html("2568/plan/"))[0][0]
    assert header == ["ลำดับ", "มาตรการ/โครงการ/กิจกรรม", "ขั้นตอน/วิธีการปฏิบัติ", "ระยะเวลา",
                      "ผู้รับผิดชอบ"]


def test_progress_lists_only_measures_with_six_month_results(built):
    html = built.html("2568/progress/")
    assert "รอบ 6 เดือน" in text(html) and "(ตุลาคม 2567 – มีนาคม 2568)" in text(html)
    [table] = tables(html)
    assert table[1][5:8] == ["ร่างคู่มือเสร็จ", "เจ้าหน้าที่ทราบขั้นตอน", "อยู่ระหว่างดำเนินการ"]


def test_period_given_as_dates_reads_in_thai(built):
    assert "ต.ค. 2567 – ก.ย. 2568" in built.html("2568/plan/")


def test_measure_page_summarises_fields_then_body(built):
    html = built.html("2568/measures/service-manual/")
    body = text(html)
    assert "ทุกส่วน ทุกกอง" in body and "ดำเนินการแล้ว" in body
    assert "ข้อมูล ณ วันที่ 31 มีนาคม 2568" in body
    assert "<strong>ฉบับปรับปรุง</strong>" in html  # the user's Markdown is rendered
    assert '<span class="note">ภาษี &amp; ค่าธรรมเนียม</span>' in html  # their HTML too, once
    assert body.index("ผลการดำเนินการ รอบ 6 เดือน") < body.index("ฉบับปรับปรุง")


def test_thai_heading_anchor_is_readable(built):
    html = built.html("2568/measures/service-manual/")
    assert 'id="ช่องทางรับฟังความคิดเห็น"' in html


def test_home_shows_agency_latest_year_and_years(built):
    html = built.html("")
    body = text(html)
    assert "องค์การบริหารส่วนตำบลทดสอบ" in body
    assert "ปีล่าสุด: ปีงบประมาณ พ.ศ. 2568" in body
    assert 'href="2568/"' in html and 'href="2567/"' in html
    assert 'href="2568/report/"' in html


def test_nav_lists_years_and_documents_but_no_measure(built):
    html = built.html("")
    start = html.index('class="md-nav md-nav--primary"')
    nav = html[start:html.index('md-sidebar--secondary', start)]
    assert "ปี 2568" in nav and "รายงานผลการดำเนินการ" in nav
    assert "measures/" not in nav


def test_page_language_is_thai_and_no_google_fonts(built):
    html = built.html("2568/report/")
    assert '<html lang="th"' in html
    assert "fonts.googleapis" not in html and "fonts.gstatic" not in html
    font = (built.site / "assets/fonts/Sarabun-Regular.woff2").read_bytes()
    assert font.startswith(b"wOF2") and len(font) < 40_000


def test_addressed_items_link_to_last_years_results(tmp_path):
    from tests.sitebuild import build_files

    result = build_files(tmp_path, {
        "2567/year.yml": "scores: {total: 90, iit: 90, eit: 90, oit: 90, items: {i10: 80}}\n",
        "2568/measures/a.md": "---\ntitle: ก\naddresses: [O12, i10]\n---\n",
    })
    assert result.returncode == 0, result.output
    html = result.html("2568/measures/a/")
    assert 'href="../../../2567/oit/o12/"' in html and 'href="../../../2567/analysis/"' in html
