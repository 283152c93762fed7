"""Every hostile YAML file of issue 11 ends as a Thai/English problem from `ita-site check`
naming the file and the line, never a traceback (item 1 of the issue)."""

from __future__ import annotations

import pytest

from ita_site.cli import main
from tests.untrusted_yaml.hostile import CASES, MEASURE, Hostile, alias_bomb, measure

GOOD_AGENCY = "name: อบต.ทดสอบ\n".encode()
GOOD_MEASURE = "---\ntitle: มาตรการ\n---\n".encode()


def _content(tmp_path, files: dict[str, bytes]):
    content = tmp_path / "content"
    for rel, raw in {"agency.yml": GOOD_AGENCY, "2568/measures/ok.md": GOOD_MEASURE, **files}.items():
        path = content / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raw)
    return content


def _check(capsys, content, config="mkdocs.yml"):
    code = main(["--content", str(content), "--config", str(config), "check"])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_check_names_file_line_and_fix(tmp_path, capsys, case: Hostile):
    code, out = _check(capsys, _content(tmp_path, {case.rel: case.raw}), tmp_path / "none.yml")
    assert code == 1
    assert "Traceback" not in out
    assert f"{case.rel}:{case.line}" in out
    assert case.explained_in(out)
    assert "วิธีแก้" in out and "fix:" in out


def test_a_valid_neighbour_still_loads_and_each_file_is_named(tmp_path, capsys):
    content = _content(tmp_path, {
        "2568/measures/a.md": measure("status: !!timestamp x"),
        "2568/measures/b.md": measure("steps:\n\t- x"),
        "2568/year.yml": alias_bomb(),
    })
    code, out = _check(capsys, content, tmp_path / "none.yml")
    assert code == 1
    for rel in ("2568/measures/a.md:3", "2568/measures/b.md:4", "2568/year.yml:4"):
        assert rel in out
    assert "2568/measures/ok.md" not in out


def test_dates_stay_text_and_only_true_false_are_booleans(tmp_path, capsys):
    # 29 February 2568 B.E. is 2025 C.E., no leap year: read as a timestamp it would crash.
    content = _content(tmp_path, {MEASURE: measure(
        "period: {start: 2568-02-29, end: 2568-09-30}\nresponsible: no\nsteps: [yes, on, 021234567]")})
    code, out = _check(capsys, content, tmp_path / "none.yml")
    assert "Traceback" not in out
    assert f"{MEASURE}:3" in out and "2568-02-29" in out      # not a date: reported, not a crash
    assert "responsible" not in out and "steps" not in out    # `no`, `yes`, `on` are words
    from ita_site.content.loading import load_site

    measure_read = load_site(content).site.years[2568].measures[0]
    assert measure_read.steps == ("yes", "on", "021234567")     # a leading zero is no octal
    assert measure_read.responsible == ("no",)


CATALOG_CONFIG = "site_name: x\nplugins:\n  - ita:\n      catalogs: catalogs\n"


@pytest.mark.parametrize("raw, line, words", [
    (b"ita_year: 2570\noit: !!set {O1, O2}\n", 2, "!!set"),
    (alias_bomb(), 4, "aliases (*) expand"),
    (b"ita_year: 2570\ngrouping: issues\ngrouping: indicators\n", 3, "appears twice"),
    (b"ita_year: 2570\ntitle: \xff\n", 2, "not UTF-8"),
    ("ita_year: 2570\ntitle: \"\\ud800\"\n".encode(), 2, "escape"),
])
def test_site_catalog_files_are_read_by_the_same_reader(tmp_path, capsys, raw, line, words):
    content = _content(tmp_path, {})
    (tmp_path / "catalogs").mkdir()
    (tmp_path / "catalogs" / "2570.yaml").write_bytes(raw)
    config = tmp_path / "mkdocs.yml"
    config.write_text(CATALOG_CONFIG, encoding="utf-8")
    code, out = _check(capsys, content, config)
    assert code == 1 and "Traceback" not in out
    assert f"2570.yaml:{line}" in out and words in out


def test_catalogs_read_yes_and_no_as_words_like_every_other_file(tmp_path, capsys):
    # YAML 1.1 made `no` False in catalogs while front matter kept it a word.
    content = _content(tmp_path, {})
    (tmp_path / "catalogs").mkdir()
    (tmp_path / "catalogs" / "2568.yaml").write_text(
        "oit:\n  - code: O1\n    title: no\n", encoding="utf-8")
    config = tmp_path / "mkdocs.yml"
    config.write_text(CATALOG_CONFIG, encoding="utf-8")
    code, out = _check(capsys, content, config)
    assert "2568.yaml" not in out and "Traceback" not in out
    from ita_site.catalog import load_catalogs

    assert load_catalogs(tmp_path / "catalogs").get(2568).oit("O1").title == "no"
