"""Open data of the sample: every file at its promised URL, listed on /data/, CSV with a BOM
and every measure field, JSON valid against the published schemas."""

from __future__ import annotations

import csv
import io
import json

import jsonschema
import pytest

# URLs are a promise: data users and the DGA's catalogue link to these files.
PINNED_FILES = [
    "robots.txt",
    "2568/measures.csv", "2568/measures.json", "2568/scores.csv", "2568/scores.json",
    "2568/oit-links.csv", "2568/oit.json",
    "2567/measures.csv", "2567/measures.json", "2567/scores.csv", "2567/scores.json",
    "data/schemas/measures.schema.json", "data/schemas/scores.schema.json",
    "data/schemas/oit.schema.json",
]
PINNED_PAGES = ["data/", "standard-report/", "about/website-policy/", "about/security-policy/",
                "about/cookie-policy/", "about/accessibility/"]


def test_every_open_data_url_is_where_it_was_promised(sample):
    assert [u for u in PINNED_FILES if not (sample.site / u).is_file()] == []
    assert [u for u in PINNED_PAGES if not sample.exists(u)] == []


def test_the_data_page_lists_and_describes_every_file_with_its_licence(sample):
    html = sample.html("data/")
    for url in PINNED_FILES[1:]:
        href = url.removeprefix("data/") if url.startswith("data/") else "../" + url
        assert f'href="{href}"' in html, url
    assert "มาตรการของปีงบประมาณ 2568 ทุกข้อ ทุกช่อง" in html
    assert "ระบุแหล่งที่มาว่า องค์การบริหารส่วนตำบลบ้านตัวอย่าง" in html  # agency.yml data_licence


def test_the_data_page_is_in_the_navigation(sample):
    assert 'href="data/"' in sample.html("")


def _schema(sample, name):
    return json.loads((sample.site / f"data/schemas/{name}.schema.json").read_text("utf-8"))


@pytest.mark.parametrize("name, files", [
    ("measures", ["2568/measures.json", "2567/measures.json"]),
    ("scores", ["2568/scores.json", "2567/scores.json"]),
    ("oit", ["2568/oit.json", "2567/oit.json"]),
])
def test_json_files_are_valid_against_their_published_schemas(sample, name, files):
    schema = _schema(sample, name)
    jsonschema.Draft202012Validator.check_schema(schema)
    for path in files:
        document = json.loads((sample.site / path).read_text(encoding="utf-8"))
        jsonschema.Draft202012Validator(schema).validate(document)


def test_a_schema_refuses_a_file_that_lost_a_field(sample):
    document = json.loads((sample.site / "2568/measures.json").read_text(encoding="utf-8"))
    del document["measures"][0]["steps"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(_schema(sample, "measures")).validate(document)


def _csv(sample, path):
    raw = (sample.site / path).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), path  # Excel reads Thai only with a BOM
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_measures_csv_has_every_measure_with_every_field(sample):
    rows = _csv(sample, "2568/measures.csv")
    measures = json.loads((sample.site / "2568/measures.json").read_text("utf-8"))["measures"]
    assert len(rows) == len(measures) == len(list((sample.root / "content/2568/measures").glob("*.md")))
    manual = next(r for r in rows if r["slug"] == "service-manual")
    assert manual["url"] == "https://www.bantuayang.example.go.th/2568/measures/service-manual/"
    assert manual["oit"].split("\n") == ["O8", "O9"]
    assert manual["period"] == "ตลอดปีงบประมาณ พ.ศ. 2568"
    for column in ("steps", "responsible", "outputs", "outcomes", "status", "progress_status"):
        assert column in manual


def test_scores_csv_holds_the_totals_and_every_item(sample):
    rows = _csv(sample, "2568/scores.csv")
    scores = json.loads((sample.site / "2568/scores.json").read_text("utf-8"))
    total = next(r for r in rows if r["part"] == "total")
    assert float(total["score"]) == scores["total"]
    assert len([r for r in rows if r["part"] == "item"]) == len(scores["items"])
