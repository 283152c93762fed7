"""Numbers written as text: thousands of digits are a problem report, never a traceback."""

import textwrap

from ita_site.content.loading import load_site
from ita_site.text.digits import parse_int, parse_number


def test_huge_digit_strings_are_not_numbers():
    assert parse_int("9" * 4301) is None and parse_int("๙" * 5000) is None
    assert parse_number("9" * 400) is None  # float() would make it infinite
    assert parse_number(10 ** 400) is None and parse_number(float("nan")) is None
    assert parse_int("๑,๒๓๔") == 1234 and parse_number("95.42") == 95.42


def write(tmp_path, rel, text):
    path = tmp_path / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")


def test_huge_numbers_in_front_matter_are_field_problems(tmp_path):
    write(tmp_path, "agency.yml", "name: อบต.ทดสอบ\n")
    write(tmp_path, "2568/measures/a.md", f'---\ntitle: ก\norder: "{"9" * 4301}"\n---\n')
    write(tmp_path, "about/x.md", f'---\noit:\n  ? "{"๙" * 5000}"\n  : [O1]\n  "²": [O1]\n---\n')
    problems = load_site(tmp_path).problems.errors
    assert [(p.path, p.field) for p in problems] == [
        ("2568/measures/a.md", "order"), ("about/x.md", "oit"), ("about/x.md", "oit")]
