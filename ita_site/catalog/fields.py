"""Typed reading of catalog fields: each reader returns the value or None and, when the value
is wrong, adds a problem naming the file, the line and the field with the fix."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass

from ita_site.catalog.located import LocatedList, LocatedMap, Where, describe
from ita_site.base.problems import Problems
from ita_site.messages import Text
from ita_site.messages import catalog as msg
from ita_site.text.digits import parse_int, parse_number


@dataclass
class FieldReader:
    """Reads fields out of located YAML into `problems`."""

    problems: Problems

    def error(self, where: Where, text: Text, field: str | None = None) -> None:
        self.problems.error(where[0], text, line=where[1], field=field)

    def warning(self, where: Where, text: Text, field: str | None = None) -> None:
        self.problems.warning(where[0], text, line=where[1], field=field)

    def wrong_type(self, where: Where, field: str, got: object, kind: str, example: str) -> None:
        th, en = msg.TYPE_NAMES[kind]
        self.error(where, msg.WRONG_TYPE.format(field=field, got=describe(got), expected_th=th,
                                                 expected_en=en, example=example), field)

    def check_keys(self, data: LocatedMap, allowed: Iterable[str], label: str) -> None:
        """A problem for every key of `data` outside `allowed` (a misspelt field is lost data)."""
        allowed = tuple(allowed)
        for key in data:
            if key not in allowed:
                name = f"{label}.{key}" if label else str(key)
                self.error(data.where_of(key), msg.UNKNOWN_FIELD.format(
                    field=name, allowed=", ".join(allowed)), name)

    def mapping(self, data: LocatedMap, key: str, label: str, *, required: bool = False,
                example: str = "") -> LocatedMap | None:
        return self._container(data, key, label, LocatedMap, "mapping", required, example)

    def listing(self, data: LocatedMap, key: str, label: str, *, required: bool = False,
                example: str = "") -> LocatedList | None:
        return self._container(data, key, label, LocatedList, "list", required, example)

    def _container(self, data, key, label, kind_type, kind, required, example):
        if key not in data or data[key] is None:
            if required:
                self.error(data.where, msg.MISSING_FIELD.format(field=label, example=example),
                           label)
            return None
        value = data[key]
        if not isinstance(value, kind_type):
            self.wrong_type(data.where_of(key), label, value, kind, example)
            return None
        return value

    def text(self, data: LocatedMap, key: str, label: str, *, required: bool = False,
             example: str = "...") -> str | None:
        """A non-empty string; numbers are accepted as their text (a title may be `2568`)."""
        value = data.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.error(data.where_of(key) if key in data else data.where,
                           msg.MISSING_FIELD.format(field=label, example=f"{key}: {example}"),
                           label)
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            self.wrong_type(data.where_of(key), label, value, "text", f"{key}: {example}")
            return None
        return str(value).strip()

    def texts(self, data: LocatedMap, key: str, label: str) -> tuple[str, ...]:
        """A list of strings; one string alone counts as a list of one."""
        value = data.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            return (value.strip(),) if value.strip() else ()
        if not isinstance(value, LocatedList) or not all(
                isinstance(item, (str, int, float)) and not isinstance(item, bool)
                for item in value):
            self.wrong_type(data.where_of(key), label, value, "text list", f"{key}: [..., ...]")
            return ()
        return tuple(str(item).strip() for item in value if str(item).strip())

    def integer(self, data: LocatedMap, key: Hashable, label: str, *, low: int, high: int,
                required: bool = False) -> int | None:
        """A whole number within [low, high], written with Arabic or Thai digits."""
        if key not in data or data[key] is None:
            if required:
                self.error(data.where, msg.MISSING_FIELD.format(
                    field=label, example=f"{key}: {low}"), label)
            return None
        return self.integer_value(data[key], data.where_of(key), label, low=low, high=high)

    def integer_value(self, value: object, where: Where, label: str, *, low: int,
                      high: int) -> int | None:
        number = parse_int(value)
        if number is None:
            self.wrong_type(where, label, value, "integer", str(low))
            return None
        if not low <= number <= high:
            self.error(where, msg.OUT_OF_RANGE.format(field=label, low=low, high=high,
                                                      got=number), label)
            return None
        return number

    def number(self, data: LocatedMap, key: str, label: str, *, low: float, high: float,
               required: bool = False) -> float | None:
        if key not in data or data[key] is None:
            if required:
                self.error(data.where, msg.MISSING_FIELD.format(
                    field=label, example=f"{key}: {low:g}"), label)
            return None
        value = parse_number(data[key])
        if value is None:
            self.wrong_type(data.where_of(key), label, data[key], "number", f"{key}: 85")
            return None
        if not low <= value <= high:
            self.error(data.where_of(key), msg.OUT_OF_RANGE.format(
                field=label, low=f"{low:g}", high=f"{high:g}", got=f"{value:g}"), label)
            return None
        return value

    def boolean(self, data: LocatedMap, key: str, label: str, *, default: bool) -> bool:
        value = data.get(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.wrong_type(data.where_of(key), label, value, "boolean", f"{key}: true")
            return default
        return value

    def choice(self, data: LocatedMap, key: str, label: str, allowed: tuple[str, ...], *,
               required: bool = False, default: str | None = None) -> str | None:
        value = data.get(key)
        if value is None:
            if required:
                self.error(data.where, msg.MISSING_FIELD.format(
                    field=label, example=f"{key}: {allowed[0]}"), label)
            return default
        text = str(value).strip().lower() if isinstance(value, str) else value
        if text not in allowed:
            self.error(data.where_of(key), msg.NOT_ONE_OF.format(
                field=label, got=describe(value), allowed=", ".join(allowed)), label)
            return default
        return text
