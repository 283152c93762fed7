"""Evidence links, year folders and dates: every hostile or careless value is a problem that
names the file and line, never a traceback, a 404 for the assessor or a silently lost year."""

import textwrap

import pytest

from ita_site.checking import check_site
from ita_site.content.loading import load_site
from ita_site.text.dates import format_thai_date, parse_date, parse_period
from tests.inprocess import run_cli
from tests.sitebuild import build, write_project

MEASURE = "---\ntitle: มาตรการ\nissue: 1\n---\n"


def make(tmp_path, files):
    files = {"agency.yml": "name: อบต.ทดสอบ\n", **files}
    for rel, text in files.items():
        path = tmp_path / "content" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return tmp_path / "content"


def evidence_problems(tmp_path, url):
    content = make(tmp_path, {
        "2568/year.yml": f"oit:\n  O1:\n    - {{title: หลักฐาน, url: {url!r}}}\n",
        "2568/measures/a.md": MEASURE,
        "files/org.pdf": "%PDF-1.4\n",
    })
    data = check_site(content)
    return [p for p in data.problems.errors if p.path == "2568/year.yml"], data


@pytest.mark.parametrize("url", [
    "/agency.yml", "/2568/year.yml", "/files/%2e%2e/agency.yml", "files/../agency.yml",
])
def test_links_to_files_the_build_does_not_publish_are_errors(tmp_path, url):
    [problem], data = evidence_problems(tmp_path, url)
    assert problem.line == 3 and problem.field == "oit.O1"
    assert "does not publish" in problem.format() and url in problem.format()
    assert not data.evidence.items[(2568, "O1")].evidence


@pytest.mark.parametrize("url", [
    "https://evil.example/\n/x", "https://evil.example/a b", "/files/org .pdf", "/files/%0aorg.pdf",
    "http://[::1", "https://host:port/", "//evil.example/x", "https://evil.example/\u202e/x",
])
def test_malformed_urls_are_errors_not_tracebacks(tmp_path, url):
    [problem], _ = evidence_problems(tmp_path, url)
    assert problem.field == "oit.O1" and "malformed URL" in problem.format()
    assert "\n" not in problem.text.en  # a line break is shown as \n, not printed


def test_a_very_long_path_is_a_dead_link_not_a_crash(tmp_path):
    url = "/files/" + "ก" * 256 + ".pdf"
    [problem], _ = evidence_problems(tmp_path, url)
    assert "not in the site" in problem.format()


def test_published_documents_and_pages_are_still_evidence(tmp_path):
    problems, data = evidence_problems(tmp_path, "/files/org.pdf")
    assert problems == []
    assert [e.url for e in data.evidence.items[(2568, "O1")].evidence] == ["files/org.pdf"]


def test_agency_website_with_a_line_break_is_refused(tmp_path):
    content = make(tmp_path, {"agency.yml": 'name: อบต.\nwebsite: "https://a.go.th/\\nx"\n'})
    [problem] = load_site(content).problems.errors
    assert problem.field == "website" and "https://a.go.th/\\nx" in problem.format()


def test_logo_must_be_a_published_file_inside_content(tmp_path):
    outside = tmp_path / "secret.png"
    outside.write_bytes(b"\x89PNG")
    content = make(tmp_path, {"agency.yml": f"name: อบต.\nlogo: {outside}\n"})
    [problem] = load_site(content).problems.errors
    assert problem.field == "logo" and "inside content/" in problem.format()


# Year folders ------------------------------------------------------------------------------

@pytest.mark.parametrize("folder", ["๒๕๖๗", "02567", "๒๕67"])
def test_a_year_folder_not_named_as_its_url_is_an_error_naming_the_right_name(tmp_path, folder):
    result = load_site(make(tmp_path, {f"{folder}/measures/a.md": MEASURE}))
    [error] = result.problems.errors
    assert error.path == f"{folder}/"
    assert f"rename the folder `{folder}/` to `2567/`" in error.format()
    assert result.site.years == {}


def test_the_same_year_twice_is_an_error_not_a_lost_year(tmp_path):
    result = load_site(make(tmp_path, {
        "2568/measures/a.md": MEASURE, "๒๕๖๘/measures/b.md": MEASURE}))
    [error] = result.problems.errors
    assert error.path == "๒๕๖๘/" and "`2568/`" in error.format()
    assert [m.slug for m in result.site.years[2568].measures] == ["a"]


@pytest.mark.parametrize("folder, why", [
    ("99999", "digits only"), ("2025", "digits only"), ("0", "digits only"),
    ("2568-old", "measures/"), ("about", "year.yml"),
])
def test_folders_that_look_like_years_must_be_years(tmp_path, folder, why):
    name = "year.yml" if why == "year.yml" else "measures/a.md"
    text = MEASURE if name.endswith(".md") else "{}\n"
    result = load_site(make(tmp_path, {f"{folder}/{name}": text}))
    [error] = result.problems.errors
    assert error.path == f"{folder}/" and why in error.format() and "2568" in error.format()
    assert result.site.years == {} and result.site.pages == []


def test_ordinary_folders_stay_ordinary(tmp_path):
    result = load_site(make(tmp_path, {"about/index.md": "# เกี่ยวกับ\n",
                                       "news/2568.md": "# ข่าว\n"}))
    assert not result.problems
    assert sorted(p.src_uri for p in result.site.pages) == ["about/index.md", "news/2568.md"]


def test_year_folder_rules_stop_check_and_build(tmp_path):
    root = write_project(tmp_path / "p", {"๒๕๖๗/measures/a.md": MEASURE})
    checked = run_cli(["check"], cwd=root)
    assert checked.returncode == 1 and "๒๕๖๗/" in checked.stdout
    built = build(root, strict=True)
    assert built.returncode != 0 and "๒๕๖๗/" in built.output and "Traceback" not in built.output


# Dates -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["0001-01-01", "9999-12-31", "2258-01-01", "2801-01-01",
                                  "1 ม.ค. 0001", "31/12/9999", "1856-12-31"])
def test_dates_outside_both_eras_are_not_dates(text):
    assert parse_date(text) is None


def test_the_era_rule_has_no_gap_and_no_overlap():
    assert format_thai_date(parse_date("2400-01-01")) == "1 มกราคม 2400"  # B.E., not C.E. 2400
    assert format_thai_date(parse_date("2257-12-31")) == "31 ธันวาคม 2800"  # C.E.
    assert parse_date("2800-12-31") == parse_date("2257-12-31")
    assert parse_period("ตลอดปีงบประมาณ 0001") is None


@pytest.mark.parametrize("value", ["0001-01-01", "9999-12-31", "'2258-06-01'"])
def test_out_of_range_dates_in_front_matter_are_errors(tmp_path, value):
    result = load_site(make(tmp_path, {"2568/measures/a.md": f"""
        ---
        title: ก
        period: {{start: 2567-10-01, end: {value}}}
        progress:
          as_of: {value}
        ---
        """}))
    problems = {(p.line, p.field) for p in result.problems.errors}
    assert problems == {(3, "period.end"), (5, "progress.as_of")}, result.problems.items
    text = result.problems.errors[0].format()
    assert "2400–2800" in text and "1857–2257" in text


def test_an_empty_year_folder_is_still_a_year(tmp_path):
    content = make(tmp_path, {})
    (content / "2569/measures").mkdir(parents=True)
    assert list(load_site(content).site.years) == [2569]
