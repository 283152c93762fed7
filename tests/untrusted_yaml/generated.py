"""Compact YAML documents for the property tests: mostly the shapes of the content contract,
rendered in block or flow style, with hostile pieces and byte-level damage mixed in."""

from __future__ import annotations

from random import Random

from hypothesis import strategies as st

# Values a webmaster writes (most of them), then values meant to break the reader.
PLAIN = (
    "", "~", "null", "true", "false", "no", "yes", "on", "2568-02-29", "2567-10-01", "1:20",
    "021234567", "1e3", "1.5e+3", "-.5", "1.", "-0", "+1", "0", "1", "7", "12", "95.42", "O27",
    "o01", "O999", "i10", "e7", "X7", "ต.ค. 2567 – ก.ย. 2568", "ตลอดปีงบประมาณ 2568", "๓", "๒๕๖๘",
    "done", "planned", "in-progress", "https://itas.nacc.go.th/go/iit/abc", "/files/x.pdf",
    "ผ่านดี", "มาตรการ ก", "กองคลัง", "x0demo", "issues", "indicators", "iit", "current", "plan",
)
HOSTILE = (
    "0x1f", ".nan", "-.inf", "http://[::1", "javascript:alert(1)", "9" * 31, "9" * 4301,
    "1" * 400 + ".5", "a: b", "- x", "#c", "&a x", "*a", "&a [*a]", "&b {k: *b}",
    "!!timestamp x", "!!timestamp 2568-02-29", "!!set {a, b}",
    "!!python/object/apply:os.system [x]", "!foo x", "!!str 1", "! x", "!!binary aGk=",
    '"a\\x00b"', '"\\ud800"', '"\\U00110000"', '"\\t\\n"', "'it''s'", "|\n  x", ">-", "[", "]",
    "{", "}", "@x", "`x`", "%x", "? x", "<<: *a",
)
TEXT = "abcxyz 0129กขมาตรการ๑๒"
ALPHABET = TEXT + ":-,[]{}#&*!|>'\"%@`?\t"

MEASURE_KEYS = ("title", "order", "issue", "indicators", "oit", "addresses", "steps", "period",
                "responsible", "outputs", "outcomes", "suggestions", "status", "progress",
                "as_of", "label", "start", "end", "hide", "2568", "titel", "1")
AGENCY_KEYS = ("name", "type", "subdistrict", "district", "province", "address", "phone",
               "email", "website", "logo", "nmae")
YEAR_KEYS = ("ita_year", "survey_code", "surveys", "iit", "eit", "scores", "total", "level",
             "indicators", "items", "i10", "O12", "questions", "analysis", "1", "4", "lowest",
             "cause", "note", "plan", "oit", "O1", "title", "url")
CATALOG_KEYS = ("ita_year", "grouping", "sources", "note", "tools", "iit", "eit", "oit",
                "name", "weight", "confidence", "indicators", "issues", "1", "9", "tool",
                "levels", "name_en", "passes", "min_total", "min_each_tool", "questions",
                "complete_question_lists", "code", "indicator", "issue", "text", "title",
                "requires", "period", "satisfied_by", "page", "fiscal_offset", "same_as",
                "year", "remove", "subindicator", "score_range", "min", "max", "aliases")

DAMAGE = (b"\x00", b"\x07", b"\t", b"\xff", b"\xe0\xb8", b"\xed\xa0\x80", b"\xef\xbb\xbf",
          b":", b"'", b'"', b"[", b"{", b"&a ", b"*a", b"!", b"%", b"\r", b"\n", b"---\n",
          b"- ", b"  ", b"\xc2\x85", b"\xe2\x80\xa8")


def _scalar(rng: Random, hostile: float) -> str:
    roll = rng.random()
    if roll < hostile:
        return rng.choice(HOSTILE)
    if roll < 0.7:
        return rng.choice(PLAIN)
    if roll < 0.85:
        return str(rng.randint(-10**6, 10**6))
    letters = ALPHABET if rng.random() < hostile else TEXT
    return "".join(rng.choice(letters) for _ in range(rng.randint(1, 10))).strip() or "x"


def _node(rng: Random, keys, budget: list[int], hostile: float, depth: int = 0):
    """("scalar", text) or (kind, children, flow); `budget` caps the values of one document."""
    budget[0] -= 1
    if budget[0] <= 0 or depth > 4 or rng.random() < 0.55:
        return ("scalar", _scalar(rng, hostile))
    size = rng.randint(0, 4)
    if rng.random() < 0.5:
        return ("list", [_node(rng, keys, budget, hostile, depth + 1) for _ in range(size)],
                rng.random() < 0.4)
    return ("map", [(rng.choice(keys), _node(rng, keys, budget, hostile, depth + 1))
                    for _ in range(size)], rng.random() < 0.4)


def _inline(node) -> str:
    if node[0] == "scalar":
        return node[1]
    if node[0] == "list":
        return "[" + ", ".join(_inline(item) for item in node[1]) + "]"
    return "{" + ", ".join(f"{key}: {_inline(value)}" for key, value in node[1]) + "}"


def _is_block(node) -> bool:
    return node[0] != "scalar" and bool(node[1]) and not node[2]


def _block(node, indent: int) -> list[str]:
    pad = " " * indent
    lines = []
    if node[0] == "map":
        for key, value in node[1]:
            if _is_block(value):
                lines.append(f"{pad}{key}:")
                lines += _block(value, indent + 2)
            else:
                lines.append(f"{pad}{key}: {_inline(value)}")
    else:
        for value in node[1]:
            if _is_block(value):
                lines.append(f"{pad}-")
                lines += _block(value, indent + 2)
            else:
                lines.append(f"{pad}- {_inline(value)}")
    return lines


def _alias_bomb(width: int, depth: int) -> str:
    lines = ["a0: &a0 [" + ", ".join(["x"] * width) + "]"]
    lines += [f"a{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * width) + "]" for n in range(1, depth + 1)]
    return "\n".join(lines)


def document(rng: Random, keys) -> bytes:
    """One YAML text (bytes): a mapping of the contract's keys, sometimes damaged or hostile."""
    roll = rng.random()
    if roll < 0.05:
        depth = rng.randint(1, 5000)
        text = "steps: " + "[" * depth + "]" * rng.choice((depth, depth // 2))
    elif roll < 0.1:
        text = _alias_bomb(rng.randint(1, 9), rng.randint(1, 9))
    else:
        budget, hostile = [rng.randint(1, 30)], rng.choice((0.0, 0.0, 0.02, 0.1))
        pairs = [(rng.choice(keys), _node(rng, keys, budget, hostile))
                 for _ in range(rng.randint(0, 8))]
        text = "\n".join(_block(("map", pairs, False), 0)) if pairs else _scalar(rng, hostile)
    raw = text.encode("utf-8")
    for _ in range(rng.choice((0, 0, 0, 0, 1, 2))):
        at = rng.randint(0, len(raw))
        if rng.random() < 0.6:
            raw = raw[:at] + rng.choice(DAMAGE) + raw[at:]
        else:
            raw = raw[:at] + raw[at + rng.randint(1, 8):]
    return raw


def markdown(rng: Random) -> bytes:
    """A measure file: front matter (as above) between --- lines, then a body."""
    opening = rng.choice((b"---\n",) * 6 + (b"\xef\xbb\xbf---\n", b"---\r\n", b""))
    closing = rng.choice((b"\n---\n",) * 6 + (b"\n...\n", b"\n", b"\n---"))
    body = rng.choice((b"", b"body\n") * 4 + (b"# h\n\xff",))
    return opening + document(rng, MEASURE_KEYS) + closing + body


# Each example is drawn from one seed: building the document in plain Python keeps generation
# cheap enough for thousands of cases; a failure prints its seed, which reproduces it.
def yaml_documents(keys):
    return st.integers(0, 2**64 - 1).map(lambda seed: document(Random(seed), keys))


def markdown_files():
    return st.integers(0, 2**64 - 1).map(lambda seed: markdown(Random(seed)))
