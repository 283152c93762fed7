"""Survey codes in a built site: decodable, on the right pages, refused when the link is unsafe."""

import io

import pytest
import zxingcpp
from PIL import Image

from tests.sitebuild import build_files, shared_build

IIT = "https://itas.nacc.go.th/go/iit/abc123"
EIT = "https://itas.nacc.go.th/go/eit/abc123"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    result = shared_build(tmp_path_factory, "surveys", {
        "2567/year.yml": "ita_year: 2567\n",
        "2568/year.yml": "survey_code: abc123\n",
    })
    assert result.returncode == 0, result.output
    return result


def decode_png(data: bytes) -> str:
    [result] = zxingcpp.read_barcodes(Image.open(io.BytesIO(data)))
    return result.text


def test_code_files_decode_to_the_survey_links(built):
    folder = built.site / "2568/surveys"
    assert decode_png((folder / "qr-iit.png").read_bytes()) == IIT
    assert decode_png((folder / "qr-eit.png").read_bytes()) == EIT
    assert (folder / "qr-iit.svg").read_bytes().startswith(b"<?xml")


def test_survey_page_has_both_codes_links_and_posters(built):
    html = built.html("2568/surveys/")
    assert html.count("<svg") >= 2 and IIT in html and EIT in html
    assert "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)" in html
    assert built.exists("2568/surveys/poster-iit/") and built.exists("2568/surveys/poster-eit/")


def test_home_and_current_year_show_compact_codes(built):
    for url in ("", "2568/"):
        html = built.html(url)
        assert "ita-survey-compact" in html and IIT in html, url
    assert "ita-survey-compact" not in built.html("2567/")


def test_year_without_links_says_not_published_and_draws_no_code(built):
    html = built.html("2567/surveys/")
    assert "ยังไม่ได้เผยแพร่ลิงก์แบบวัด IIT และ EIT ของปี พ.ศ. 2567" in html
    assert "<svg" not in html.split('class="md-content"')[1].split("</article>")[0]
    assert not (built.site / "2567/surveys/qr-iit.png").exists()


@pytest.mark.parametrize("url", [
    "http://itas.nacc.go.th/go/iit/abc123",
    "https://itas.nacc.go.th@evil.example/go/iit/abc123",
    "https://itas.nacc.go.th.evil.example/go/iit/abc123",
    "javascript:alert(1)",
])
def test_hostile_links_stop_the_build(tmp_path, url):
    result = build_files(tmp_path, {"2568/year.yml": f"surveys:\n  iit: '{url}'\n  eit: '{EIT}'\n"})
    assert result.returncode != 0
    assert "2568/year.yml:2" in result.output and "surveys.iit" in result.output
    assert not (result.site / "2568/surveys/index.html").exists()


def test_site_can_allow_another_host(tmp_path):
    files = {"2568/year.yml": f"surveys:\n  iit: https://survey.example.go.th/iit\n  eit: '{EIT}'\n"}
    refused = build_files(tmp_path / "a", files)
    assert refused.returncode != 0
    allowed = build_files(tmp_path / "b", files,
                          plugin_options=":\n      survey_hosts: [survey.example.go.th]")
    assert allowed.returncode == 0, allowed.output
    assert decode_png((allowed.site / "2568/surveys/qr-iit.png").read_bytes()) == \
        "https://survey.example.go.th/iit"


@pytest.mark.browser
def test_code_read_back_from_a_screenshot_of_the_built_survey_page(built, browser):
    from tests.browser.siteserver import serve

    with serve(built.site) as base:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        try:
            page.goto(f"{base}2568/surveys/")
            shots = [page.locator("svg.ita-qr").nth(i).screenshot() for i in range(2)]
            page.emulate_media(color_scheme="dark")
            shots.append(page.locator("svg.ita-qr").nth(0).screenshot())
        finally:
            page.close()
    assert [decode_png(s) for s in shots] == [IIT, EIT, IIT]
