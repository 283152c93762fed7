"""The JSON Schemas editors use and the validator `ita-site check` uses say the same thing."""

from __future__ import annotations

import datetime as dt
import json
import textwrap
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

from ita_site.checking import CheckOptions, check_site
from ita_site.cli import main
from ita_site.content import contract, json_schema, schema
from ita_site.scores import parsing as scores_parsing

REPO = Path(__file__).resolve().parents[2]
SHIPPED = REPO / "ita_site" / "schemas"
SAMPLE = REPO / "content"

BASE = {
    "agency.yml": "name: องค์การบริหารส่วนตำบลทดสอบ\n",
    "2568/year.yml": "ita_year: 2568\n",
    "2568/measures/m.md": "---\ntitle: มาตรการทดสอบ\nissue: 1\nstatus: planned\n---\nข้อความ\n",
}
KIND_OF = {"agency.yml": "agency.schema.json", "2568/year.yml": "year.schema.json",
           "2568/measures/m.md": "measure.schema.json"}


def validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(json.loads((SHIPPED / name).read_text(encoding="utf-8")))


class EditorLoader(yaml.SafeLoader):
    """YAML as editors read it (YAML 1.2): 2567-02-29 is text, not a Gregorian date."""


EditorLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if not tag.endswith(":timestamp")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def as_editor_sees(value):
    """YAML data as a YAML 1.2 editor hands it to a JSON Schema: keys and dates are text."""
    if isinstance(value, dict):
        return {str(k): as_editor_sees(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_editor_sees(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def data_of(rel: str, text: str):
    if rel.endswith(".md"):
        text = text.split("---\n")[1]
    return as_editor_sees(yaml.load(text, Loader=EditorLoader) or {})


def verdicts(tmp_path: Path, rel: str, text: str) -> tuple[list[str], list[str]]:
    """(what the validator says about the file, what its schema says) for one file."""
    files = dict(BASE, **{rel: textwrap.dedent(text)})
    content = tmp_path / "content"
    for name, body in files.items():
        path = content / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body, encoding="utf-8")
    report = check_site(content, CheckOptions())
    said = [p.format() for p in report.problems if p.path == rel]
    others = [p.format() for p in report.problems if p.path != rel]
    assert others == []
    errors = [e.message for e in validator(KIND_OF[rel]).iter_errors(data_of(rel, files[rel]))]
    return said, errors


def test_shipped_schemas_are_up_to_date():
    """Regenerate with `ita-site schema ita_site/schemas` after changing the contract."""
    for name, text in json_schema.rendered().items():
        assert (SHIPPED / name).read_text(encoding="utf-8") == text, name


def test_schema_command_writes_the_shipped_files(tmp_path, capsys):
    assert main(["schema", str(tmp_path / "out")]) == 0
    for name in json_schema.FILES:
        assert (tmp_path / "out" / name).read_bytes() == (SHIPPED / name).read_bytes()
    assert "JSON Schema" in capsys.readouterr().out


@pytest.mark.parametrize("name", sorted(json_schema.FILES))
def test_schemas_are_valid_json_schema(name):
    Draft202012Validator.check_schema(json.loads((SHIPPED / name).read_text(encoding="utf-8")))


def test_validator_and_schemas_know_the_same_names():
    def names(name):
        return set(json.loads((SHIPPED / name).read_text(encoding="utf-8"))["properties"])

    assert names("agency.schema.json") == schema.AGENCY_FIELDS
    assert names("year.schema.json") == schema.YEAR_FIELDS
    assert names("measure.schema.json") == schema.MEASURE_FIELDS | schema.THEME_FIELDS
    year = json.loads((SHIPPED / "year.schema.json").read_text(encoding="utf-8"))
    assert set(year["properties"]["scores"]["properties"]) == set(scores_parsing.SCORE_FIELDS)
    analysis = year["properties"]["analysis"]["additionalProperties"]["properties"]
    assert set(analysis) == set(scores_parsing.ANALYSIS_FIELDS)
    assert contract.SCORE_FIELDS == scores_parsing.SCORE_FIELDS
    assert contract.ANALYSIS_FIELDS == scores_parsing.ANALYSIS_FIELDS


def sample_files():
    yield "agency.yml", SAMPLE / "agency.yml", "agency.schema.json"
    for path in sorted(SAMPLE.glob("*/year.yml")):
        yield path.relative_to(SAMPLE).as_posix(), path, "year.schema.json"
    for path in sorted(SAMPLE.glob("*/measures/*.md")):
        yield path.relative_to(SAMPLE).as_posix(), path, "measure.schema.json"


def test_the_sample_content_is_valid_for_both():
    report = check_site(SAMPLE, CheckOptions())
    checked = 0
    for rel, path, name in sample_files():
        assert [p.format() for p in report.problems if p.path == rel] == []
        errors = [e.message for e in validator(name).iter_errors(
            data_of(rel, path.read_text(encoding="utf-8")))]
        assert errors == [], rel
        checked += 1
    assert checked > 20


ACCEPTED = [
    ("2568/measures/m.md", "---\ntitle: t\norder: ๓\nindicators: 3\nresponsible: กองคลัง\n"
                           "oit: o1\naddresses: I10\nhide: [toc]\n---\n"),
    ("2568/measures/m.md", "---\ntitle: t\nperiod: {start: 2567-10-01, end: 2568-09-30}\n"
                           "progress: {outputs: [x], status: done, as_of: 2568-03-31}\n---\n"),
    ("2568/measures/m.md", "---\ntitle: t\nperiod: ต.ค. 2567 – ก.ย. 2568\nsteps: [a, b]\n"
                           "outputs: [a]\noutcomes: [b]\nsuggestions: [c]\nstatus: done\n---\n"),
    ("agency.yml", "name: x\nemail: a@b.go.th\nwebsite: https://x.go.th/\nphone: 0 4300 0000\n"),
    ("2568/year.yml", "ita_year: ๒๕๖๘\nsurvey_code: x0demo\n"
                      "scores: {total: 93.5, iit: '94.1', indicators: {1: 95}, items: {i10: 81}}\n"
                      "questions: {i10: คำถาม}\n"
                      "analysis: {4: {lowest: i10, cause: [a, b], plan: c}}\n"
                      "oit: {O1: [{title: โครงสร้าง, url: 'https://example.go.th/a'}]}\n"),
]


@pytest.mark.parametrize("rel, text", ACCEPTED)
def test_both_accept_what_webmasters_write(tmp_path, rel, text):
    said, errors = verdicts(tmp_path, rel, text)
    assert said == [] and errors == []


REFUSED = [
    ("2568/measures/m.md", "---\nissue: 1\n---\n"),
    ("2568/measures/m.md", "---\ntitle: ''\n---\n"),
    ("2568/measures/m.md", "---\ntitle: t\norder: abc\n---\n"),
    ("2568/measures/m.md", "---\ntitle: t\nissue: 9\n---\n"),
    ("2568/measures/m.md", "---\ntitle: t\nindicators: [11]\n---\n"),
    ("2568/measures/m.md", "---\ntitle: t\nstatus: finished\n---\n"),
    ("2568/measures/m.md", "---\ntitle: t\nsteps: ขั้นตอนเดียว\n---\n"),
    ("2568/measures/m.md", "---\ntitle: t\ntittle: x\n---\n"),
    ("2568/measures/m.md", "---\ntitle: t\noit: [i10]\n---\n"),
    ("2568/measures/m.md", "---\ntitle: t\naddresses: [X1]\n---\n"),
    ("2568/measures/m.md", "---\ntitle: t\nprogress: {status: nope}\n---\n"),
    ("2568/measures/m.md", "---\ntitle: t\nprogress: {result: x}\n---\n"),
    ("2568/measures/m.md", "---\ntitle: t\nperiod: [a, b]\n---\n"),
    ("2568/measures/m.md", "---\ntitle: t\noutputs: [{a: 1}]\n---\n"),
    ("agency.yml", "type: อบต.\n"),
    ("agency.yml", "name: x\nemail: not-an-email\n"),
    ("agency.yml", "name: x\nwebsite: www.example.go.th\n"),
    ("agency.yml", "name: x\nphone: [1, 2]\n"),
    ("agency.yml", "name: x\nfax: 1\n"),
    ("2568/year.yml", "ita_year: 1999\n"),
    ("2568/year.yml", "survey_code: 'bad code!'\n"),
    ("2568/year.yml", "survey_code: 123456\n"),
    ("2568/year.yml", "surveys: {iit: 'http://itas.nacc.go.th/go/iit/x0demo'}\n"),
    ("2568/year.yml", "scores: {total: 120}\n"),
    ("2568/year.yml", "scores: {iit: 90}\n"),
    ("2568/year.yml", "scores: {total: 90, items: {X9: 50}}\n"),
    ("2568/year.yml", "questions: {i10: [a]}\n"),
    ("2568/year.yml", "analysis: {12: {cause: x}}\n"),
    ("2568/year.yml", "analysis: {1: {reason: x}}\n"),
    ("2568/year.yml", "oit: {O1: [{title: x}]}\n"),
    ("2568/year.yml", "surveyy: x\n"),
]


@pytest.mark.parametrize("rel, text", REFUSED)
def test_both_refuse_the_same_mistakes(tmp_path, rel, text):
    said, errors = verdicts(tmp_path, rel, text)
    assert said, "the validator said nothing"
    assert errors, "the schema accepted it"
