"""Typed reading of front-matter and YAML fields, each mistake reported with file, line and fix."""

from __future__ import annotations

import datetime as _dt

from ita_site.catalog.codes import normalize_code
from ita_site.content.models import Period, Results, STATUSES
from ita_site.base.problems import Problems
from ita_site.base.yamlfile import YamlDocument, describe
from ita_site.messages import content as msg
from ita_site.text.dates import parse_date, parse_period
from ita_site.text.digits import parse_int

__all__ = ["FieldReader", "describe"]


class FieldReader:
    """Reads fields of one mapping (a whole file or a nested part) into Python values."""

    def __init__(self, doc: YamlDocument, path: str, problems: Problems, prefix: tuple = (),
                 data: dict | None = None):
        self.doc = doc
        self.path = path
        self.problems = problems
        self.prefix = prefix
        self.data = data if data is not None else (doc.data if isinstance(doc.data, dict) else {})

    def child(self, name: str) -> "FieldReader | None":
        value = self.data.get(name)
        if isinstance(value, dict):
            return FieldReader(self.doc, self.path, self.problems, self.prefix + (name,), value)
        return None

    def line(self, *path) -> int | None:
        return self.doc.line_of(self.prefix + path)

    def label(self, name: str) -> str:
        return ".".join(str(p) for p in self.prefix + (name,))

    def error(self, name: str, text, *path) -> None:
        self.problems.error(self.path, text, line=self.line(name, *path), field=self.label(name))

    def present(self, name: str) -> bool:
        return self.data.get(name) is not None

    # scalar fields -----------------------------------------------------------------------

    def text(self, name: str, *, required: bool = False) -> str | None:
        value = self.data.get(name)
        if value is None:
            if required:
                self.problems.error(self.path, msg.REQUIRED.format(field=self.label(name)),
                                    line=self.line() if self.prefix else None,
                                    field=self.label(name))
            return None
        if isinstance(value, (dict, list)):
            self.error(name, msg.WANT_TEXT.format(field=self.label(name), got=describe(value)))
            return None
        text = str(value).strip()
        if not text:
            self.error(name, msg.EMPTY_TEXT.format(field=self.label(name)))
            return None
        return text

    def integer(self, name: str, low: int | None = None, high: int | None = None) -> int | None:
        value = self.data.get(name)
        if value is None:
            return None
        number = parse_int(value)
        if number is None or (low is not None and not low <= number <= high):
            if low is None:
                self.error(name, msg.WANT_INT.format(field=self.label(name), got=describe(value)))
            else:
                self.error(name, msg.WANT_INT_RANGE.format(
                    field=self.label(name), low=low, high=high, got=describe(value)))
            return None
        return number

    def status(self, name: str = "status") -> str | None:
        value = self.text(name)
        if value is None:
            return None
        if value not in STATUSES:
            self.error(name, msg.UNKNOWN_STATUS.format(got=value))
            return None
        return value

    def date(self, name: str) -> _dt.date | None:
        value = self.data.get(name)
        if value is None:
            return None
        date = parse_date(value)
        if date is None:
            self.error(name, msg.BAD_DATE.format(field=self.label(name), got=describe(value)))
        return date

    # lists -------------------------------------------------------------------------------

    def _list(self, name: str) -> list | None:
        value = self.data.get(name)
        if value is None:
            return None
        if not isinstance(value, list):
            self.error(name, msg.WANT_LIST.format(field=self.label(name), got=describe(value)))
            return None
        return value

    def text_list(self, name: str, *, allow_single: bool = False) -> tuple[str, ...]:
        """A list of text; `allow_single` accepts one string as a list of one (for `responsible`)."""
        value = self.data.get(name)
        if allow_single and isinstance(value, (str, int, float)) and not isinstance(value, bool):
            text = str(value).strip()
            return (text,) if text else ()
        items = self._list(name)
        if items is None:
            return ()
        out = []
        for index, item in enumerate(items):
            if isinstance(item, (dict, list)) or item is None or isinstance(item, bool):
                self.error(name, msg.WANT_LIST_OF_TEXT.format(
                    field=self.label(name), index=index + 1, got=describe(item)), index)
                continue
            text = str(item).strip()
            if text:
                out.append(text)
        return tuple(out)

    def int_list(self, name: str, low: int, high: int) -> tuple[int, ...]:
        value = self.data.get(name)
        if value is not None and not isinstance(value, list):
            single = parse_int(value)  # `indicators: 3` is a list of one
            if single is not None and low <= single <= high:
                return (single,)
        items = self._list(name)
        if items is None:
            return ()
        out = []
        for index, item in enumerate(items):
            number = parse_int(item)
            if number is None or not low <= number <= high:
                self.error(name, msg.WANT_INT_RANGE.format(
                    field=f"{self.label(name)}[{index + 1}]", low=low, high=high,
                    got=describe(item)), index)
                continue
            out.append(number)
        return tuple(out)

    def codes(self, name: str, items: list | None = None, *, line_path: tuple = ()) -> tuple[str, ...]:
        """ITA codes (O…, i…, e…), normalised; a single code is a list of one."""
        if items is None:
            value = self.data.get(name)
            if value is None:
                return ()
            items = value if isinstance(value, list) else [value]
        out = []
        for index, item in enumerate(items):
            code = normalize_code(item)
            if code is None:
                self.problems.error(self.path, msg.BAD_CODE.format(field=self.label(name), got=item),
                                    line=self.line(name, *line_path, index), field=self.label(name))
                continue
            if code not in out:
                out.append(code)
        return tuple(out)

    # composite fields ----------------------------------------------------------------------

    def period(self, name: str = "period") -> Period | None:
        value = self.data.get(name)
        if value is None:
            return None
        if isinstance(value, (str, int)) and not isinstance(value, bool):
            label = str(value).strip()
            dates = parse_period(label)
            return Period(label, *dates) if dates else Period(label)
        if not isinstance(value, dict):
            self.error(name, msg.PERIOD_SHAPE)
            return None
        part = self.child(name)
        start, end = part.date("start"), part.date("end")
        label = part.text("label")
        if start and end and start > end:
            self.error(name, msg.PERIOD_ORDER.format(start=start, end=end))
        if label is None:
            from ita_site.text.dates import format_thai_month
            label = " – ".join(format_thai_month(d) for d in (start, end) if d)
        return Period(label, start, end)

    def results(self, *, own_status: bool) -> Results:
        """Outputs, outcomes and suggestions; `own_status` for a nested round (progress:)
        whose status differs from the measure's, which the measure reads itself."""
        return Results(
            outputs=self.text_list("outputs"),
            outcomes=self.text_list("outcomes"),
            suggestions=self.text_list("suggestions"),
            status=self.status() if own_status else None,
            as_of=self.date("as_of") if own_status else None,
        )
