"""The sample agency meets every item of the Government Website Standard a generator can check,
in the built report page and in `ita-site check --standard`; its dates stay put."""

from __future__ import annotations

import re
import subprocess
import sys

from tests.inprocess import run_cli
from tests.sitebuild import build

from .conftest import findings

AGENCY_ITEMS = {"tls", "waf", "pentest"}


def test_every_checkable_item_passes_on_the_report_page(sample):
    status = findings(sample.html("standard-report/"))
    assert set(status) >= {"lang-th", "viewport", "https-domain", "sitemap", "robots", "contact",
                           "privacy-policy", "cookie-policy", "website-policy", "security-policy",
                           "accessibility-statement", "search", "open-data", "e-service", "ita",
                           "evidence-on-site", "last-updated", "no-mixed-content",
                           "no-third-party", "internal-links"} | AGENCY_ITEMS
    assert {k: v for k, v in status.items() if k not in AGENCY_ITEMS and v != "pass"} == {}
    assert {status[k] for k in AGENCY_ITEMS} == {"agency"}
    assert "ita-standard-report" not in sample.html("standard-report/")  # placeholder filled


def test_check_standard_passes_on_the_sample_and_checks_the_built_site(sample):
    run = run_cli(["check", "--standard", "--site", str(sample.site)], cwd=sample.root)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "ผ่าน 20 ไม่ผ่าน 0 ควรแก้ 0 จาก 20 ข้อที่ตรวจได้" in run.stdout
    assert "(20 pass, 0 fail, 0 should be fixed, of 20 checkable items)" in run.stdout
    assert "หมวด: ความมั่นคงปลอดภัยของเว็บไซต์ (website security)" in run.stdout


def test_report_page_is_for_the_webmaster_only(sample):
    home = sample.html("")
    assert "standard-report" not in home  # not in the navigation
    assert "Disallow: /standard-report/" in (sample.site / "robots.txt").read_text()
    index = (sample.site / "search/search_index.json").read_text(encoding="utf-8")
    assert "standard-report/" not in index


def test_robots_txt_names_the_sitemap(sample):
    robots = (sample.site / "robots.txt").read_text(encoding="utf-8")
    assert "Sitemap: https://www.bantuayang.example.go.th/sitemap.xml" in robots.splitlines()
    sitemap = (sample.site / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://www.bantuayang.example.go.th/2568/report/</loc>" in sitemap
    assert "<lastmod>2025-03-31</lastmod>" in sitemap
    assert "standard-report" not in sitemap


def test_every_page_shows_the_date_of_its_content_not_of_the_build(sample):
    pages = [p for p in sample.site.rglob("index.html")
             if "standard-report" not in p.parts and "search" not in p.parts]
    assert len(pages) > 50
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert 'ปรับปรุงล่าสุด <time datetime="2025-03-31">31 มีนาคม 2568</time>' in html, page


def test_footer_links_every_published_policy(sample):
    footer = sample.html("2568/")
    for label, href in (("ติดต่อหน่วยงาน", "../about/contact/"),
                        ("นโยบายคุ้มครองข้อมูลส่วนบุคคล", "../about/privacy/"),
                        ("นโยบายเว็บไซต์", "../about/website-policy/"),
                        ("นโยบายการรักษาความมั่นคงปลอดภัย", "../about/security-policy/"),
                        ("นโยบายคุกกี้", "../about/cookie-policy/"),
                        ("การเข้าถึงเว็บไซต์", "../about/accessibility/")):
        assert f'<a href="{href}">{label}</a>' in footer, label


def _outputs(site):
    """Every file the build writes, sitemap.xml and its .gz too (their dates are the pages')."""
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*")
            if p.is_file()}


def test_a_rebuild_of_the_same_content_is_byte_identical(sample, tmp_path):
    again = tmp_path / "again"
    rebuilt = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f",
                              str(sample.root / "mkdocs.yml"), "-d", str(again)],
                             capture_output=True, text=True)
    assert rebuilt.returncode == 0, rebuilt.stderr
    first, second = _outputs(sample.site), _outputs(again)
    assert sorted(first) == sorted(second)
    changed = [name for name in first if first[name] != second[name]]
    assert changed == []
