"""A site missing each item of the standard gets each one reported, with its section and fix:
the content items by `ita-site check --standard`, the built ones on the report page."""

from __future__ import annotations

import pytest

from tests.inprocess import run_cli
from tests.sitebuild import build, write_project

from .conftest import findings

MEASURE = """\
---
title: มาตรการทดสอบ
issue: 1
steps: [ทำ]
---
หลักฐานอยู่ที่ [แฟ้ม](https://drive.google.com/file/d/abc/view)
"""

# Everything an agency could forget: no policy pages, no e-service page, no map, phone or
# email, a robots.txt of its own without the sitemap, an outside drive, no dates (no git).
LACKING = {
    "2568/year.yml": "ita_year: 2568\n",
    "2568/measures/a.md": MEASURE,
    "robots.txt": "User-agent: *\n",
    "about/index.md": "---\ntitle: เกี่ยวกับเรา\nupdated: 2568-01-15\n---\nข้อมูล\n",
    "news/index.md": (
        "# ข่าว\n\n"
        '<img src="http://insecure.example.com/a.png" alt="ภาพ">\n\n'
        '<img src="https://cdn.example.com/b.png" alt="ภาพ">\n\n'
        '<a href="../nowhere/">ลิงก์เสีย</a>\n'),
}


def _check(root, *extra):
    return run_cli(["check", "--standard", *extra], cwd=root)


@pytest.fixture(scope="module")
def lacking(tmp_path_factory):
    root = write_project(tmp_path_factory.mktemp("lacking") / "p", LACKING,
                         site_url="http://www.example.com/")
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("  - search\n", ""),
                      encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def lacking_built(lacking):
    built = build(lacking)
    assert built.returncode == 0, built.output
    return built


@pytest.mark.parametrize("item, said", [
    ("https-domain", "site_url ไม่ขึ้นต้นด้วย https://: http://www.example.com/"),
    ("robots", "content/robots.txt ของหน่วยงานไม่มีบรรทัด Sitemap:"),
    ("contact", "ยังขาด: โทรศัพท์ (phone), อีเมล (email), ลิงก์แผนที่ (map_url)"),
    ("privacy-policy", "ไม่พบ content/about/privacy.md"),
    ("cookie-policy", "ไม่พบ content/about/cookie-policy.md"),
    ("website-policy", "ไม่พบ content/about/website-policy.md"),
    ("security-policy", "ไม่พบ content/about/security-policy.md"),
    ("accessibility-statement", "ไม่พบ content/about/accessibility.md"),
    ("search", "plugins ใน mkdocs.yml ไม่มี search"),
    ("e-service", "ไม่พบหน้าที่ชื่อหรือที่อยู่มีคำว่า"),
    ("evidence-on-site", "2568/measures/a.md: https://drive.google.com/file/d/abc/view"),
    ("last-updated", "2 หน้าไม่มีวันที่ปรับปรุง เช่น 2568/measures/a.md, news/index.md"),
])
def test_check_standard_names_each_missing_item(lacking, item, said):
    run = _check(lacking, "--site", str(lacking / "not-built"))
    assert run.returncode == 1
    assert said in run.stdout


def test_check_standard_gives_the_fix_and_section_in_thai_and_english(lacking):
    out = _check(lacking, "--site", str(lacking / "not-built")).stdout
    assert "[ไม่ผ่าน / fail] มีนโยบายคุกกี้" in out
    assert "วิธีแก้: สร้าง content/about/cookie-policy.md" in out
    assert "(fix: create content/about/cookie-policy.md" in out
    assert "หมวด: นโยบายที่เว็บไซต์ต้องเผยแพร่ (policies the website publishes)" in out
    assert "[ควรแก้ / should fix] เอกสารหลักฐานอยู่บนเว็บไซต์ของหน่วยงานเอง" in out
    # Without a built site the built items are said to be pending, not passed.
    assert "ไม่พบโฟลเดอร์" in out
    assert "[ตรวจหลังสร้างเว็บไซต์ / checked in the built site] ไม่มีลิงก์เสียภายในเว็บไซต์" in out


def test_a_non_thai_site_and_a_foreign_domain_are_reported(tmp_path):
    root = write_project(tmp_path / "p", {"2568/year.yml": "ita_year: 2568\n"},
                         site_url="https://www.example.com/")
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("language: th", "language: en"),
                      encoding="utf-8")
    out = _check(root, "--site", str(root / "none")).stdout
    assert "theme → language ใน mkdocs.yml เป็น en" in out
    assert "[ควรแก้ / should fix] เว็บไซต์ใช้ HTTPS บนโดเมนของรัฐ" in out
    assert "www.example.com ไม่ใช่โดเมนของรัฐ (.go.th, .or.th, .ac.th, .mi.th, .in.th)" in out


def test_a_site_without_years_has_no_open_data_and_no_ita_pages(tmp_path):
    root = write_project(tmp_path / "p", {"index.md": "# หน้าแรก\n"})
    out = _check(root, "--site", str(root / "none")).stdout
    assert "[ไม่ผ่าน / fail] มีข้อมูลเปิดที่เครื่องอ่านได้" in out
    assert "[ไม่ผ่าน / fail] มีหน้าการประเมินคุณธรรมและความโปร่งใส (ITA)" in out


def test_the_report_page_shows_the_built_items_that_fail(lacking_built):
    status = findings(lacking_built.html("standard-report/"))
    assert status["no-mixed-content"] == "fail"
    assert status["no-third-party"] == "fail"
    assert status["internal-links"] == "fail"
    assert status["robots"] == "fail" and status["contact"] == "fail"
    html = lacking_built.html("standard-report/")
    assert "/news/: http://insecure.example.com/a.png" in html
    assert "/news/: https://cdn.example.com/b.png" in html
    assert "/news/: ../nowhere/" in html


def test_check_standard_reads_the_built_site_too(lacking_built):
    run = _check(lacking_built.root, "--site", str(lacking_built.site))
    assert "/news/: http://insecure.example.com/a.png" in run.stdout
    assert "[ไม่ผ่าน / fail] ไม่มีลิงก์เสียภายในเว็บไซต์" in run.stdout


def test_the_agencys_robots_txt_is_kept(lacking_built):
    assert (lacking_built.site / "robots.txt").read_text() == "User-agent: *\n"


def test_a_page_without_a_date_shows_none(lacking_built):
    assert "ปรับปรุงล่าสุด" not in lacking_built.html("2568/measures/a/")


def test_a_date_written_in_front_matter_is_shown(lacking_built):
    assert ('ปรับปรุงล่าสุด <time datetime="2025-01-15">15 มกราคม 2568</time>'
            in lacking_built.html("about/"))


def test_a_new_site_from_ita_site_new_fails_no_item(tmp_path):
    root = tmp_path / "new"
    made = run_cli(["new", str(root), "--name", "เทศบาลตำบลหนองทดสอบ", "--year", "2569"],
                   cwd=tmp_path)
    assert made.returncode == 0, made.stdout + made.stderr
    run = _check(root, "--site", str(root / "none"))
    assert run.returncode == 0, run.stdout + run.stderr
    assert "[ไม่ผ่าน / fail]" not in run.stdout
    for policy in ("นโยบายคุกกี้", "นโยบายเว็บไซต์", "นโยบายการรักษาความมั่นคงปลอดภัยเว็บไซต์",
                   "คำแถลงการเข้าถึงเว็บไซต์", "นโยบายคุ้มครองข้อมูลส่วนบุคคล"):
        assert f"[ผ่าน / pass] มี{policy}" in run.stdout, policy
