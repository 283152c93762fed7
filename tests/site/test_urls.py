"""URLs are a promise (ARCHITECTURE.md): assessors paste them into ITAS months ahead."""

PINNED = [
    "",                             # home
    "2568/",                        # the year
    "2568/measures/service-manual/",  # one measure
    "2568/plan/",                   # measures plan of the fiscal year
    "2568/progress/",               # six-month progress (measures carry progress:)
    "2568/report/",                 # results report
    "2567/",
    "2567/plan/",
    "2567/report/",
    "about/",
    "about/contact/",
    "2568/complaints/",             # any other page of a year
    "2567/measures/การเปิดเผยข้อมูล/",  # Thai file names keep their vowel marks
]


def test_every_page_kind_has_its_promised_url(built):
    missing = [url for url in PINNED if not built.exists(url)]
    assert missing == []


def test_no_progress_page_without_six_month_results(built):
    assert not built.exists("2567/progress/")


def test_year_page_links_every_document_of_the_year(built):
    html = built.html("2568/")
    for link in ('href="plan/"', 'href="progress/"', 'href="report/"'):
        assert link in html
    assert 'href="measures/service-manual/"' in html


def test_year_page_lists_the_years_other_pages(built):
    html = built.html("2568/")
    assert 'href="complaints/"' in html and "ช่องทางร้องเรียน" in html
