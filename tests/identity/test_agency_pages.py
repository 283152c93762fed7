"""agency.yml `contact_page` / `privacy_page`: conventional defaults, chosen pages, and a broken
link in every footer refused by both `ita-site check` and `mkdocs build`."""

from __future__ import annotations

from tests.inprocess import run_cli
from tests.sitebuild import build, write_project

from .sites import FILES, footer, with_logo


def _project(tmp_path, files):
    return with_logo(write_project(tmp_path / "p", files))


def _check(root):
    return run_cli(["check"], cwd=root)


def test_pages_named_in_agency_yml_are_linked_from_the_footer(tmp_path):
    files = {**FILES, "agency.yml": FILES["agency.yml"]
             + "contact_page: news/index.md\nprivacy_page: about/privacy.md\n"}
    result = build(_project(tmp_path, files))
    assert result.returncode == 0, result.output
    block = footer(result.html("2568/"))
    assert '<a href="../news/">ติดต่อหน่วยงาน</a>' in block
    assert '<a href="../about/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a>' in block


def test_without_the_conventional_pages_the_footer_links_the_contact_page_made_for_it(tmp_path):
    # The Government Website Standard asks for a contact page: one is made from agency.yml;
    # no policy is written for the agency, so none is linked.
    files = {k: v for k, v in FILES.items() if not k.startswith("about/")}
    result = build(_project(tmp_path, files))
    assert result.returncode == 0, result.output
    block = footer(result.html(""))
    assert '<a href="about/contact/">ติดต่อหน่วยงาน</a>' in block
    assert "นโยบาย" not in block
    assert "เทศบาลตำบลทดสอบตัวตน" in block
    contact = result.html("about/contact/")
    assert "ติดต่อหน่วยงาน" in contact and "เทศบาลตำบลทดสอบตัวตน" in contact


def test_a_missing_page_stops_check_and_build_naming_the_field(tmp_path):
    files = {**FILES, "agency.yml": FILES["agency.yml"] + "privacy_page: about/pdpa.md\n"}
    root = _project(tmp_path, files)
    check = _check(root)
    assert check.returncode == 1
    assert "agency.yml:9 [privacy_page]" in check.stdout
    assert "ไม่พบหน้า `about/pdpa.md` ที่ระบุใน `privacy_page`" in check.stdout
    assert "page `about/pdpa.md` named in `privacy_page` does not exist" in check.stdout
    result = build(root)
    assert result.returncode != 0
    assert "agency.yml:9 [privacy_page]" in result.output
    assert not (root / "site/index.html").exists()


def test_a_page_outside_content_or_not_markdown_is_refused(tmp_path):
    files = {**FILES, "agency.yml": FILES["agency.yml"]
             + "contact_page: ../mkdocs.yml\nprivacy_page: assets/logo.svg\n"}
    check = _check(_project(tmp_path, files))
    assert check.returncode == 1
    assert "[contact_page]" in check.stdout and "ชี้ไปนอกโฟลเดอร์ content/" in check.stdout
    assert "[privacy_page]" in check.stdout and "must name a Markdown (.md) file" in check.stdout
