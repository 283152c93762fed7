"""Hostile files from issue 11, item 1: each must end as a problem naming file and line."""

from __future__ import annotations

from dataclasses import dataclass

MEASURE = "2568/measures/m.md"


@dataclass(frozen=True)
class Hostile:
    """One file (bytes, relative to content/) and what the report must say about it."""

    name: str
    rel: str
    raw: bytes
    line: int
    th: str  # a part of the Thai explanation ("a|b": either, as libyaml and PyYAML word it)
    en: str  # a part of the English one

    def explained_in(self, output: str) -> bool:
        return (any(part in output for part in self.th.split("|"))
                and any(part in output for part in self.en.split("|")))


def measure(field_lines: str | bytes) -> bytes:
    """A measure whose front matter holds `field_lines` from line 3 on."""
    body = field_lines.encode("utf-8") if isinstance(field_lines, str) else field_lines
    return b"---\ntitle: \xe0\xb8\x81\n" + body + b"\n---\nbody\n"


def alias_bomb(width: int = 9, depth: int = 8) -> bytes:
    """Nine-wide aliases eight levels deep: about 350 bytes that expand to 9**8 values."""
    lines = ["a0: &a0 [" + ", ".join(["x"] * width) + "]"]
    for level in range(1, depth + 1):
        refs = ", ".join([f"*a{level - 1}"] * width)
        lines.append(f"a{level}: &a{level} [{refs}]")
    return ("\n".join(lines) + "\n").encode("ascii")


TAG_TH, TAG_EN = "ไม่รับแท็ก YAML", "tags such as"

CASES = [
    Hostile("nul byte", MEASURE, measure(b'steps: ["a\x00b"]'), 3, "อักขระควบคุม", "U+0000"),
    Hostile("bell character", MEASURE, measure(b"steps: [a\x07b]"), 3, "อักขระควบคุม", "U+0007"),
    Hostile("escaped nul", MEASURE, measure('steps: ["a\\x00b"]'), 3, "อักขระควบคุม", "U+0000"),
    Hostile("lone surrogate", MEASURE, measure('steps: ["\\ud800"]'), 3, "อักขระ",
            "U+D800|invalid Unicode character escape"),
    Hostile("escape beyond unicode", MEASURE, measure('steps: ["\\U00110000"]'), 3,
            "เกินช่วงของ Unicode|ไม่ใช่อักขระที่ใช้ได้", "chr()|invalid Unicode character escape"),
    Hostile("nul in the body", MEASURE, measure(b"steps: [a]") + b"more\nhello \x00 \x1b[31m\n", 7,
            "อักขระควบคุม", "U+0000"),
    Hostile("invalid utf-8", MEASURE, measure(b"steps: [caf\xe9]"), 3, "UTF-8", "not UTF-8"),
    Hostile("utf-16 file", MEASURE, "---\ntitle: ก\n---\n".encode("utf-16"), 1, "UTF-16", "UTF-16"),
    Hostile("timestamp tag", MEASURE, measure("status: !!timestamp x"), 3, TAG_TH, "!!timestamp"),
    Hostile("timestamp tag on 29 February", MEASURE, measure("period: {start: !!timestamp 2568-02-29}"),
            3, TAG_TH, "!!timestamp"),
    Hostile("set tag", MEASURE, measure("responsible: !!set {a, b}"), 3, TAG_TH, "!!set"),
    Hostile("python tag", MEASURE, measure('steps: !!python/object/apply:os.system ["echo x"]'), 3,
            TAG_TH, "!!python/object/apply:os.system"),
    Hostile("local tag", MEASURE, measure("status: !foo done"), 3, TAG_TH, "!foo"),
    Hostile("recursive alias", MEASURE, b"---\ntitle: &a [*a]\n---\n", 2, "วนไม่รู้จบ", "itself"),
    Hostile("deep nesting", MEASURE, measure("steps: " + "[" * 5000 + "]" * 5000), 3,
            "ซ้อนกันลึกเกิน", "nested more than|maximum nesting depth"),
    Hostile("huge integer", MEASURE, measure("order: " + "9" * 4301), 3, "4,301 หลัก", "4,301 digits"),
    Hostile("duplicate key", MEASURE, measure("status: done\nstatus: planned"), 4,
            "เขียนซ้ำ", "appears twice"),
    Hostile("tab indentation", MEASURE, measure("steps:\n\t- a"), 4, "แท็บ", "cannot start any token"),
    Hostile("colon inside text", MEASURE, measure("steps: a: b: c"), 3, "ในที่ที่ไม่ควรมี",
            "mapping values are not allowed"),
    Hostile("alias bomb in year.yml", "2568/year.yml", alias_bomb(), 4, "ขยายเป็นข้อมูลมากเกิน",
            "aliases (*) expand"),
    Hostile("duplicate key in year.yml", "2568/year.yml", b"survey_code: abc\nsurvey_code: xyz\n", 2,
            "เขียนซ้ำ", "appears twice"),
    Hostile("nul in agency.yml", "agency.yml", "name: อบต.\x00\n".encode(), 1, "อักขระควบคุม",
            "U+0000"),
    Hostile("tag in agency.yml", "agency.yml", b"name: !!binary aGVsbG8=\n", 1, TAG_TH, "!!binary"),
]
