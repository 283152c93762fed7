"""The assessor's path: /<year>/oit/ and one stable page per item, evidence both ways."""

import csv
import io
import json

import pytest

from tests.inprocess import run_cli
from tests.sitebuild import build_files, shared_build, write_project

FILES = {
    "2567/year.yml": "ita_year: 2567\n",
    "2567/measures/old.md": "---\ntitle: มาตรการปีก่อน\nindicators: [1]\noutputs: [เสร็จ]\nstatus: done\n---\n",
    "2568/year.yml": """
        ita_year: 2568
        oit:
          O13: [{title: รายงานผลการจัดซื้อจัดจ้าง, url: /files/o13.pdf}]
          o1: [{title: โครงสร้างองค์กร, url: /about/structure/}]
        """,
    "files/o13.pdf": "%PDF-1.4 test\n",
    "2568/measures/gift.md": "---\ntitle: ประกาศ No Gift Policy\nissue: 7\noit: [o021]\n---\n",
    "2568/oit/o05.md": "---\ntitle: แผนพัฒนา\n---\nแผนพัฒนาท้องถิ่น **ห้าปี**\n",
    "about/structure.md": "---\ntitle: โครงสร้าง\noit: {2568: [O1], 2567: [O1]}\n---\nผังองค์กร\n",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    result = shared_build(tmp_path_factory, "oit", FILES)
    assert result.returncode == 0, result.output
    return result


def test_item_urls_are_pinned_lower_case_per_ita_year(built):
    for url in ["2568/oit/", "2568/oit/o1/", "2568/oit/o28/", "2567/oit/", "2567/oit/o43/"]:
        assert built.exists(url), url
    assert not built.exists("2568/oit/o29/")  # 2568 has 28 items
    assert not built.exists("2568/oit/O5/")  # the evidence file became the item page
    assert (built.site / "2568/oit-links.csv").is_file() and (built.site / "2568/oit.json").is_file()


def test_index_lists_every_item_in_catalog_order_with_coverage(built):
    html = built.html("2568/oit/")
    rows = [f'id="o{n}"' for n in range(1, 29)]
    positions = [html.index(r) for r in rows]
    assert positions == sorted(positions)
    # O1 (year.yml + page), O5 (its page), O13 (document), O21 (measure), O27/O28 (generated)
    assert "มีหลักฐานแล้ว 6 จาก 28 ข้อ" in html


def test_item_page_shows_requirement_period_and_each_evidence_one_click_away(built):
    html = built.html("2568/oit/o1/")
    assert "O1 โครงสร้างและอำนาจหน้าที่" in html
    assert 'href="../../../about/structure/"' in html
    html = built.html("2568/oit/o13/")
    assert 'href="../../../files/o13.pdf"' in html


def test_agencys_evidence_text_is_on_the_item_page(built):
    html = built.html("2568/oit/o5/")
    assert "แผนพัฒนาท้องถิ่น <strong>ห้าปี</strong>" in html


def test_items_without_evidence_say_so(built):
    html = built.html("2568/oit/o2/")
    assert "ยังไม่มีหลักฐานสำหรับข้อนี้" in html and "ยังไม่มี" in built.html("2568/oit/")


def test_cross_year_offset_and_renumbering(built):
    # ITA 2568 O28 is the results report of fiscal 2567; the same document was O43 in 2567.
    html = built.html("2568/oit/o28/")
    assert 'href="../../../2567/report/"' in html
    assert 'href="../../../2567/oit/o43/"' in html and "ITA 2567 O43" in html
    # ITA 2568 O27 is the plan of fiscal 2568.
    assert 'href="../../plan/"' in built.html("2568/oit/o27/")


def test_back_links_on_measures_pages_and_generated_reports(built):
    measure = built.html("2568/measures/gift/")
    assert 'href="../../oit/o21/"' in measure and "O21 (ITA 2568)" in measure
    page = built.html("about/structure/")
    assert 'href="../../2568/oit/o1/"' in page and 'href="../../2567/oit/o1/"' in page
    assert 'href="../oit/o27/"' in built.html("2568/plan/")


def test_csv_for_itas_has_bom_columns_and_absolute_urls(built):
    raw = (built.site / "2568/oit-links.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["code", "title", "status", "url", "evidence_count"]
    assert len(rows) == 29
    o1 = rows[1]
    assert o1[0] == "O1" and o1[2] == "มี" and o1[3] == "https://example.go.th/2568/oit/o1/"
    assert o1[4] == "1"  # year.yml and the page's front matter name the same page
    assert rows[2][2] == "ยังไม่มี" and rows[2][4] == "0"


def test_json_export_lists_evidence(built):
    data = json.loads((built.site / "2568/oit.json").read_text(encoding="utf-8"))
    o13 = next(i for i in data["items"] if i["code"] == "O13")
    assert o13["evidence"] == [{"kind": "document", "title": "รายงานผลการจัดซื้อจัดจ้าง",
                                "url": "https://example.go.th/files/o13.pdf"}]


def test_unknown_code_names_the_years_valid_codes(tmp_path):
    result = build_files(tmp_path, {
        "2568/measures/a.md": "---\ntitle: ก\noit: [O29]\n---\n"})
    assert result.returncode != 0
    assert "2568/measures/a.md:3 [oit]" in result.output and "O1–O28" in result.output


def test_broken_and_malformed_evidence_links_stop_the_build(tmp_path):
    result = build_files(tmp_path, {"2568/year.yml": """
        oit:
          O1: [{title: หาย, url: /about/missing/}]
          O2: [{title: ผิด, url: "ftp:/x"}]
        """})
    assert result.returncode != 0
    assert "2568/year.yml:2 [oit.O1]" in result.output and "/about/missing/" in result.output
    assert "2568/year.yml:3 [oit.O2]" in result.output


def _check(root, *args):
    return run_cli(["check", *args], cwd=root)


def test_audit_exit_codes(tmp_path):
    root = write_project(tmp_path / "p", FILES)
    relaxed = _check(root)
    assert relaxed.returncode == 0 and "ITA 2568: OIT 6/28" in relaxed.stdout
    assert "O2–O4" in relaxed.stdout
    strict = _check(root, "--strict")
    assert strict.returncode == 1


def test_strict_oit_plugin_option_fails_the_build(tmp_path):
    result = build_files(tmp_path, FILES, plugin_options=":\n      strict_oit: true")
    assert result.returncode != 0 and "without evidence" in result.output


def test_missing_site_url_is_warned(tmp_path):
    result = build_files(tmp_path, {"2568/measures/a.md": "---\ntitle: ก\n---\n"}, site_url="")
    assert result.returncode == 0 and "site_url" in result.output


def test_site_catalog_folder_adds_a_year_and_corrects_an_item(tmp_path):
    from tests.catalog.test_overrides import NEW_YEAR
    import textwrap

    root = write_project(tmp_path / "p", {
        "2568/measures/c.md": "---\ntitle: ค\n---\n",
        "2569/measures/a.md": "---\ntitle: ก\n---\n",
        "2570/measures/b.md": "---\ntitle: ข\noit: [O1]\n---\n",
    }, plugin_options=":\n      catalogs: catalogs")
    (root / "catalogs").mkdir()
    (root / "catalogs/2570.yaml").write_text(textwrap.dedent(NEW_YEAR), encoding="utf-8")
    (root / "catalogs/2568.yaml").write_text(
        "ita_year: 2568\noit:\n  - {code: O2, title: ข้อมูลผู้บริหารและคณะทำงาน}\n", encoding="utf-8")
    from tests.sitebuild import build
    result = build(root)
    assert result.returncode == 0, result.output
    assert "มีหลักฐานแล้ว 2 จาก 2 ข้อ" in result.html("2570/oit/")  # O1 measure, O2 report 2569
    assert 'href="../../../2569/report/"' in result.html("2570/oit/o2/")
    assert "O2 ข้อมูลผู้บริหารและคณะทำงาน" in result.html("2568/oit/o2/")  # corrected title
    assert "O3 ข้อมูลการติดต่อ" in result.html("2568/oit/o3/")  # the rest as shipped
    broken = root / "catalogs/2570.yaml"
    broken.write_text(broken.read_text(encoding="utf-8").replace("indicator: 10", "indicator: 12"),
                      encoding="utf-8")
    failed = build(root)
    assert failed.returncode != 0 and "catalogs/2570.yaml:" in failed.output
