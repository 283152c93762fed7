"""Section labels of agency tables: a year's issues (ประเด็น) or its indicators, as the ITA
catalogs name and number them.

Reports group measures under rows such as "1. กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ"
(issue 1 of the 2568 framework) or label each measure "๓.การใช้อำนาจของผู้บริหาร..."
(indicator 3). A label is read by its number and its name together: a measure that is merely
numbered, such as "1. การใช้งบประมาณ" (indicator 2's name under number 1), is not a section.
Names, their variants (`aliases`) and numbers all come from the catalogs, so a year that
renumbers or renames them needs only its catalog file.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher

from ita_site.catalog import CatalogSet
from ita_site.text.digits import to_arabic

SCHEMES = ("issue", "indicator")


@dataclass(frozen=True)
class Framework:
    """The issues and indicators a document is read against: number → names (the catalog's
    name first, then the variants agency reports use), and the scheme a number written
    without a name is read in (the year's grouping)."""

    issues: Mapping[int, tuple[str, ...]]
    indicators: Mapping[int, tuple[str, ...]]
    numbered: str

    def names(self, scheme: str) -> Mapping[int, tuple[str, ...]]:
        return self.issues if scheme == "issue" else self.indicators

    @classmethod
    def of_year(cls, catalogs: CatalogSet, year: int | None) -> "Framework":
        """The framework of ITA `year` (its catalog, else the one it follows, see
        CatalogSet.framework_for). A report grouped by issues in a year whose catalog has
        none is still read: the issues are then those of the nearest year that has them.
        Without a year (the import stops for want of one) the earliest catalog is used."""
        years = catalogs.years
        if not years:
            return cls({}, {}, "indicator")
        catalog = catalogs.framework_for(years[0] if year is None else year)
        with_issues = [c for c in catalogs if c.issues]
        if not catalog.issues and with_issues:
            source = min(with_issues, key=lambda c: (abs(c.ita_year - catalog.ita_year),
                                                     c.ita_year))
        else:
            source = catalog
        return cls(_names(source.issues), _names(catalog.indicators),
                   "issue" if catalog.grouping == "issues" else "indicator")


def _names(groups: Mapping[int, object]) -> dict[int, tuple[str, ...]]:
    return {number: entry.names for number, entry in groups.items()}


_LABEL = re.compile(
    r"^(?P<prefix>ประเด็นที่|ประเด็น|ตัวชี้วัดที่|ตัวชี้วัด|ด้านที่)?\s*"
    r"(?P<number>[0-9๐-๙]{1,2})(?![0-9๐-๙])\s*(?P<sep>[.):]?)\s*(?P<name>.*)$",
    re.DOTALL,
)


def name_key(text: str) -> str:
    """Letters, marks and digits only, lower case: "E - Service" and "E-Service" agree."""
    return "".join(
        ch for ch in unicodedata.normalize("NFC", text).lower()
        if unicodedata.category(ch)[0] in "LMN"
    )


@dataclass(frozen=True)
class Section:
    """Where a row sits: issue N (2568 on) or indicator N, as far as the label says.

    `scheme` is "issue", "indicator" or None (a heading of the agency's own); `exact` is true
    when the label's name is the framework's name, so the number says all the label says.
    """

    label: str
    scheme: str | None = None
    number: int | None = None
    exact: bool = False


@dataclass(frozen=True)
class _Label:
    prefix: str
    number: int | None
    name: str


def _parse(text: str) -> _Label:
    match = _LABEL.match(text.strip())
    if not match:
        return _Label("", None, text.strip())
    prefix = match.group("prefix") or ""
    if not prefix and not match.group("sep"):
        return _Label("", None, text.strip())  # "2568 ..." or "10 คน": not a numbered label
    return _Label(prefix, int(to_arabic(match.group("number"))), match.group("name").strip())


def _scheme_of_prefix(prefix: str) -> str | None:
    if prefix.startswith("ประเด็น"):
        return "issue"
    if prefix.startswith("ตัวชี้วัด"):
        return "indicator"
    return None


def _similar(name: str, known: str) -> tuple[bool, bool]:
    """(matches, exactly): the name starts with the known name, allowing an OCR slip or two."""
    if name == known:
        return True, True
    if name.startswith(known):
        return True, False
    head = name[: len(known)]
    close = len(known) >= 6 and SequenceMatcher(None, head, known).ratio() >= 0.88
    return close, False


def _by_name(name: str, schemes: tuple[str, ...],
             framework: Framework) -> list[tuple[str, int, bool]]:
    key = name_key(name)
    found = []
    for scheme in schemes:
        for number, names in framework.names(scheme).items():
            for known in names:
                matches, exactly = _similar(key, name_key(known))
                if matches:
                    found.append((scheme, number, exactly))
                    break
    return found


def label_of_measure(text: str, framework: Framework, *,
                     trust_name: bool = False) -> Section | None:
    """The section a measure's own name declares ("๓.การใช้อำนาจของผู้บริหาร..."), or None.

    Number and name must agree: "1. การใช้งบประมาณ" is a numbered measure, not indicator 2.
    With `trust_name` (a document whose measures are labelled by framework names, as its
    other rows show) the name decides when the written number is a slip: "๘.การเปิดเผยข้อมูล"
    is indicator 9. Such a section is not `exact`.
    """
    label = _parse(text)
    if label.number is None:
        return None
    preferred = _scheme_of_prefix(label.prefix)
    schemes = (preferred,) if preferred else SCHEMES
    named = _by_name(label.name, schemes, framework)
    for scheme, number, exactly in named:
        if number == label.number:
            return Section(text.strip(), scheme, number, exactly)
    if trust_name and len({(scheme, number) for scheme, number, _ in named}) == 1:
        scheme, number, _ = named[0]
        return Section(text.strip(), scheme, number, False)
    return None


def section_of_heading(text: str, framework: Framework,
                       scheme_hint: str | None = None) -> Section:
    """What a section row ("1. กระบวนการปฏิบัติงาน...") says, as far as it can be read.

    Number and name agreeing is best; a framework name alone, or a number alone (read in the
    document's scheme, else the year's grouping, and only when the year has that number) also do.
    """
    label = _parse(text)
    preferred = _scheme_of_prefix(label.prefix) or scheme_hint
    schemes = SCHEMES if preferred != "indicator" else SCHEMES[::-1]
    named = _by_name(label.name, schemes, framework)
    for scheme, number, exactly in named:
        if label.number is None or number == label.number:
            return Section(text.strip(), scheme, number, exactly)
    if label.number is not None:
        scheme = preferred or framework.numbered
        if label.number in framework.names(scheme):
            return Section(text.strip(), scheme, label.number, False)
    return Section(text.strip())


def is_framework_heading(text: str, framework: Framework) -> bool:
    """True when a line of text outside a table names an issue or indicator by number and name."""
    label = _parse(text)
    return label.number is not None and any(
        number == label.number for _, number, _ in _by_name(label.name, SCHEMES, framework)
    )
