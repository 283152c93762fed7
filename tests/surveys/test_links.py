"""Survey links: only plain https links to an allowed host become QR codes."""

from __future__ import annotations

import re
import string
from urllib.parse import urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ita_site.base.problems import ContentError, Problems
from ita_site.surveys.links import (
    DEFAULT_ALLOWED_HOSTS,
    InvalidSurveyLink,
    SurveyKind,
    SurveyLinks,
    allowed_survey_hosts,
    check_survey_code,
    check_survey_url,
    links_from_code,
    read_survey_links,
)

IIT, EIT = SurveyKind.IIT, SurveyKind.EIT
GOOD_IIT = "https://itas.nacc.go.th/go/iit/x0demo"
GOOD_EIT = "https://itas.nacc.go.th/go/eit/x0demo"

# (link, a phrase the English message must hold): every one must stop the build.
HOSTILE = [
    ("http://itas.nacc.go.th/go/iit/x0demo", "must start with https://"),
    ("HTTP://itas.nacc.go.th/go/iit/x0demo", "must start with https://"),
    ("https://itas.nacc.go.th@evil.example/go/iit/x0demo", "@ in its host part"),
    ("https://itas.nacc.go.th:443@evil.example/", "@ in its host part"),
    ("https://user:pass@itas.nacc.go.th/go/iit/x0demo", "@ in its host part"),
    ("https://itas.nacc.go.th%2F@evil.example/go/iit/x", "@ in its host part"),
    ("https://itas.nacc.go.th.evil.example/go/iit/x0demo", "not an allowed survey host"),
    ("https://evil.itas.nacc.go.th/go/iit/x0demo", "not an allowed survey host"),
    ("https://nacc.go.th/go/iit/x0demo", "not an allowed survey host"),
    ("https://evil.example/itas.nacc.go.th/go/iit/x0demo", "not an allowed survey host"),
    ("https://xn--ita-ysa.nacc.go.th/go/iit/x0demo", "not an allowed survey host"),
    ("https://xn--tas-8cd.nacc.go.th/go/iit/x0demo", "not an allowed survey host"),
    ("https://203.0.113.7/go/iit/x0demo", "not an allowed survey host"),
    ("https://itas.nacc.go.th./go/iit/x0demo", "not a valid host name"),
    ("https://itas%2enacc.go.th/go/iit/x0demo", "not a valid host name"),
    ("https://itas.nacc.go.th:8443/go/iit/x0demo", "names a port"),
    ("https://itas.nacc.go.th:443/go/iit/x0demo", "names a port"),
    ("https://[::1]/go/iit/x0demo", "names a port"),
    ("https://itаs.nacc.go.th/go/iit/x0demo", "CYRILLIC SMALL LETTER A"),  # Cyrillic а
    ("https://ıtas.nacc.go.th/go/iit/x0demo", "non-ASCII"),  # dotless ı
    ("https://itas.nacc.go.th．evil.example/go/iit/x", "non-ASCII"),  # full-width dot
    ("https://itas.nacc.go.th/go/iit/รหัส", "non-ASCII"),
    ("https://itas.nacc.go.th/go/iit/x0demo\u200b", "non-ASCII"),  # zero-width space
    ("https://itas.nacc.go.th/go/iit/\u202ex0demo", "non-ASCII"),  # right-to-left override
    ("https://itas.nacc.go.th\\@evil.example/", "backslash"),
    ("https:\\\\itas.nacc.go.th/go/iit/x0demo", "backslash"),
    ("https://itas.nacc.go.th/go/iit/x0demo\\..\\..\\x", "backslash"),
    (" https://itas.nacc.go.th/go/iit/x0demo", "space or control"),
    ("https://itas.nacc.go.th/go/iit/x0demo ", "space or control"),
    ("https://itas.nacc.go.th/go/iit/x0 demo", "space or control"),
    ("https://itas.nacc.go.th.ev\til.example/", "space or control"),
    ("https://itas.nacc.go.th\n.evil.example/", "space or control"),
    ("https://itas.nacc.go.th/go/iit/x0demo\x00", "space or control"),
    ("https://itas.nacc.go.th/go/iit/x0demo\x7f", "space or control"),
    ("https://itas.nacc.go.th/go/iit/x0demo\u00a0", "space or control"),
    ("javascript:alert(1)//https://itas.nacc.go.th/go/iit/x0demo", "starting with https://"),
    ("JaVaScRiPt:alert(document.domain)", "starting with https://"),
    ("data:text/html,<script>alert(1)</script>", "starting with https://"),
    ("data:text/html;base64,aHR0cHM6Ly9pdGFzLm5hY2MuZ28udGg=", "starting with https://"),
    ("vbscript:msgbox", "starting with https://"),
    ("file:///etc/passwd", "starting with https://"),
    ("ftp://itas.nacc.go.th/go/iit/x0demo", "starting with https://"),
    ("//itas.nacc.go.th/go/iit/x0demo", "starting with https://"),
    ("itas.nacc.go.th/go/iit/x0demo", "starting with https://"),
    ("https:/itas.nacc.go.th/go/iit/x0demo", "starting with https://"),
    ("https:itas.nacc.go.th/go/iit/x0demo", "starting with https://"),
    ("https:///itas.nacc.go.th/go/iit/x0demo", "not a valid host name"),
    ("https://", "not a valid host name"),
    ("https://itas.nacc.go.th", "names only a host"),
    ("https://itas.nacc.go.th/", "names only a host"),
    ("https://itas.nacc.go.th?@evil.example/", "names only a host"),
    ("https://itas.nacc.go.th#@evil.example/", "names only a host"),
    ("https://itas.nacc.go.th//evil.example/go/iit/x", "//, . or .."),
    ("https://itas.nacc.go.th/go/iit/../../redirect", "//, . or .."),
    ("https://itas.nacc.go.th/go//iit/x0demo", "//, . or .."),
    ("https://itas.nacc.go.th/go/iit/%2e%2e/x", "//, . or .."),
    ("https://itas.nacc.go.th/redirect?url=https://evil.example/", "another web address inside"),
    ("https://itas.nacc.go.th/redirect?url=https%3A%2F%2Fevil.example", "another web address inside"),
    ("https://itas.nacc.go.th/r?to=//evil.example", "another web address inside"),
    ("https://itas.nacc.go.th/go/iit/x#javascript:alert(1)", "another web address inside"),
    ("https://itas.nacc.go.th/go/iit/<script>", "a web address cannot hold"),
    ('https://itas.nacc.go.th/go/iit/"onmouseover="x', "a web address cannot hold"),
    ("https://itas.nacc.go.th/go/iit/{x}", "a web address cannot hold"),
    ("https://itas.nacc.go.th/go/iit/%zz", "not followed by two hex digits"),
    ("https://itas.nacc.go.th/go/iit/x0demo%", "not followed by two hex digits"),
    ("https://itas.nacc.go.th/go/eit/x0demo", "may be swapped"),  # checked as the IIT link
    ("https://itas.nacc.go.th/go/iit/" + "a" * 600, "too dense to scan"),
    ("", "starting with https://"),
]


@pytest.mark.parametrize(("link", "phrase"), HOSTILE, ids=[repr(h[0])[:60] for h in HOSTILE])
def test_hostile_link_is_refused_with_a_bilingual_reason(link, phrase):
    with pytest.raises(InvalidSurveyLink) as caught:
        check_survey_url(link, IIT)
    text = caught.value.text
    assert phrase in text.en
    assert text.th and text.fix_th and text.fix_en
    assert re.search("[\u0e00-\u0e7f]", text.th), "the Thai message must be in Thai"


@pytest.mark.parametrize(("link", "phrase"), HOSTILE, ids=[repr(h[0])[:60] for h in HOSTILE])
def test_hostile_link_in_year_yml_stops_the_build_and_draws_no_code(link, phrase):
    problems = Problems()
    links = read_survey_links({"surveys": {"iit": link, "eit": GOOD_EIT}},
                              path="2568/year.yml", problems=problems,
                              line_of=lambda keys: {("surveys", "iit"): 4}.get(keys))
    if link == "":  # an empty link is "not published yet", not a mistake
        assert links == SurveyLinks(eit=GOOD_EIT) and not problems
        return
    assert links.iit is None and links.eit == GOOD_EIT
    [problem] = problems.errors
    assert (problem.path, problem.line, problem.field) == ("2568/year.yml", 4, "surveys.iit")
    report = str(ContentError(problems.errors))
    assert "2568/year.yml:4 [surveys.iit]" in report and "ข้อผิดพลาด" in report and "error" in report


@pytest.mark.parametrize("link", [
    GOOD_IIT,
    "https://itas.nacc.go.th/go/iit/AbC-12_x",
    "https://itas.nacc.go.th/go/iit/x0demo?lang=th&src=qr",
    "https://itas.nacc.go.th/go/iit/x0demo#top",
    "https://itas.nacc.go.th/survey/iit/2568/%E0%B8%81",
    "https://itas.nacc.go.th/go/iit/x0demo/",
])
def test_plain_itas_links_are_accepted_unchanged(link):
    assert check_survey_url(link, IIT) == link


def test_scheme_and_host_are_compared_and_encoded_in_lower_case():
    assert check_survey_url("HTTPS://ITAS.NACC.GO.TH/go/iit/U4GPI2", IIT) == \
        "https://itas.nacc.go.th/go/iit/U4GPI2"


@pytest.mark.parametrize("value", [None, 123456, 1.5, True, ["https://itas.nacc.go.th/go/iit/x"],
                                   {"url": GOOD_IIT}])
def test_link_that_is_not_text_is_refused(value):
    with pytest.raises(InvalidSurveyLink, match="must be text"):
        check_survey_url(value, IIT)


# --- survey_code ---------------------------------------------------------------------------

def test_survey_code_gives_both_itas_links():
    assert links_from_code("x0demo") == SurveyLinks(iit=GOOD_IIT, eit=GOOD_EIT)
    problems = Problems()
    assert read_survey_links({"survey_code": "x0demo"}, path="y", problems=problems) == \
        SurveyLinks(iit=GOOD_IIT, eit=GOOD_EIT)
    assert not problems


@pytest.mark.parametrize("code", [
    "../../evil", "x0/demo", "x0demo?x=1", "x0demo#x", "x0demo&x", "x0%2Fdemo", "x0demo@evil.example",
    "x0 demo", " x0demo", "x0demo\n", "รหัส", "๑๒๓๔", "x0dеmo", "a" * 33, ".", "..",
    "https://itas.nacc.go.th/go/iit/x0demo", "x0demo\\x",
])
def test_bad_survey_code_is_refused(code):
    problems = Problems()
    links = read_survey_links({"survey_code": code}, path="2568/year.yml", problems=problems,
                              line_of=lambda keys: 2)
    assert links == SurveyLinks()
    [problem] = problems.errors
    assert problem.field == "survey_code" and problem.line == 2
    assert "not a valid survey code" in problem.text.en


@pytest.mark.parametrize("value", [123456, 83, 1.0, True, ["x0demo"]])
def test_survey_code_that_yaml_read_as_a_number_asks_for_quotes(value):
    with pytest.raises(InvalidSurveyLink) as caught:
        check_survey_code(value)
    assert "quotes" in caught.value.text.fix_en


@given(st.text(min_size=0, max_size=40))
def test_survey_code_accepted_exactly_when_it_matches_the_strict_pattern(code):
    strict = re.fullmatch(r"[A-Za-z0-9_-]{1,32}", code) is not None
    try:
        links = links_from_code(code)
    except InvalidSurveyLink:
        assert not strict
    else:
        assert strict
        assert links.iit == f"https://itas.nacc.go.th/go/iit/{code}"
        assert urlsplit(links.eit).path == f"/go/eit/{code}"


# --- missing, conflicting, malformed settings ---------------------------------------------

@pytest.mark.parametrize("data", [{}, {"survey_code": None}, {"survey_code": ""}, {"surveys": None},
                                  {"surveys": {}}, {"surveys": {"iit": None, "eit": ""}}])
def test_missing_setting_means_not_published_and_is_no_problem(data):
    problems = Problems()
    links = read_survey_links(data, path="2568/year.yml", problems=problems)
    assert links == SurveyLinks() and not links and links.published() == []
    assert not problems


def test_one_link_only_leaves_the_other_unpublished():
    problems = Problems()
    links = read_survey_links({"surveys": {"eit": GOOD_EIT}}, path="y", problems=problems)
    assert links.published() == [(EIT, GOOD_EIT)] and links.iit is None and not problems


def test_code_and_explicit_links_together_are_refused():
    problems = Problems()
    links = read_survey_links({"survey_code": "x0demo", "surveys": {"iit": GOOD_IIT}},
                              path="y", problems=problems)
    assert links == SurveyLinks()
    assert "both survey_code and surveys" in problems.errors[0].text.en


@pytest.mark.parametrize(("surveys", "phrase"), [
    ("https://itas.nacc.go.th/go/iit/x", "must be a mapping"),
    ([GOOD_IIT, GOOD_EIT], "must be a mapping"),
    ({"iit": GOOD_IIT, "iat": GOOD_EIT}, "unknown key iat"),
    ({"iit": GOOD_IIT, "IIT": "https://evil.example/"}, "unknown key IIT"),
    ({"iit": GOOD_IIT, "eit": GOOD_IIT}, "may be swapped"),
    ({"iit": "https://itas.nacc.go.th/s/1", "eit": "https://itas.nacc.go.th/s/1"}, "are the same"),
])
def test_malformed_surveys_mapping_is_refused(surveys, phrase):
    problems = Problems()
    read_survey_links({"surveys": surveys}, path="y", problems=problems)
    assert any(phrase in p.text.en for p in problems.errors), [p.text.en for p in problems]


def test_upper_case_keys_are_read():
    problems = Problems()
    links = read_survey_links({"surveys": {"IIT": GOOD_IIT, "Eit": GOOD_EIT}}, path="y",
                              problems=problems)
    assert links == SurveyLinks(GOOD_IIT, GOOD_EIT) and not problems


# --- the allow-list ------------------------------------------------------------------------

def test_default_allow_list_is_itas_only():
    assert DEFAULT_ALLOWED_HOSTS == frozenset({"itas.nacc.go.th"})


def test_site_can_extend_the_allow_list_in_mkdocs_yml():
    problems = Problems()
    hosts = allowed_survey_hosts(["Survey.Example.go.th"], problems=problems)
    assert hosts == {"itas.nacc.go.th", "survey.example.go.th"} and not problems
    link = "https://survey.example.go.th/s/iit-2568"
    links = read_survey_links({"surveys": {"iit": link}}, path="y", problems=problems,
                              allowed_hosts=hosts)
    assert links.iit == link and not problems
    # the extension is exact: neither subdomains nor look-alikes ride on it
    for other in ("https://a.survey.example.go.th/s", "https://survey.example.go.th.evil.example/s"):
        with pytest.raises(InvalidSurveyLink, match="not an allowed survey host"):
            check_survey_url(other, IIT, hosts)


def test_same_link_is_refused_without_the_extension():
    with pytest.raises(InvalidSurveyLink) as caught:
        check_survey_url("https://survey.example.go.th/s/iit-2568", IIT)
    assert "survey_hosts" in caught.value.text.fix_en and "mkdocs.yml" in caught.value.text.fix_th


@pytest.mark.parametrize("entry", ["https://survey.example.go.th", "*.go.th", "survey.example.go.th/x",
                                   "survey.example.go.th:8443", "evil", "", "ตัวอย่าง.ไทย", 42, None,
                                   "user@survey.example.go.th", "survey.example.go.th."])
def test_allow_list_entries_that_are_not_host_names_are_reported(entry):
    problems = Problems()
    hosts = allowed_survey_hosts([entry], problems=problems, path="mkdocs.yml")
    assert hosts == DEFAULT_ALLOWED_HOSTS
    [problem] = problems.errors
    assert problem.path == "mkdocs.yml" and problem.field == "survey_hosts"


# --- properties ----------------------------------------------------------------------------

_URL_PIECES = st.sampled_from([
    "https://", "HTTPS://", "http://", "https:/", "//", "javascript:", "data:", "itas.nacc.go.th",
    "ITAS.nacc.go.th", "evil.example", ".", "@", ":", ":443", "/", "\\", "?", "#", "%", "%2e", "%40",
    "go", "iit", "eit", "x0demo", "..", " ", "\t", "а", "xn--", "-", "&", "=",
])


@settings(max_examples=400)
@given(st.one_of(st.lists(_URL_PIECES, max_size=12).map("".join),
                 st.text(string.printable + "аı．\u200b", max_size=60),
                 st.builds(lambda tail: "https://itas.nacc.go.th" + tail,
                           st.text(string.printable + "аı", max_size=40))))
def test_any_accepted_link_is_https_on_an_allowed_host_for_every_parser(link):
    try:
        result = check_survey_url(link, IIT)
    except InvalidSurveyLink:
        return
    parts = urlsplit(result)
    assert parts.scheme == "https" and parts.hostname in DEFAULT_ALLOWED_HOSTS
    assert parts.username is None and parts.password is None and parts.port is None
    assert result.startswith("https://itas.nacc.go.th/") and "//" not in result[len("https://"):]
    assert all("!" <= char <= "~" for char in result) and "\\" not in result
