"""The Government Website Standard's checkable items, read from package data
(ita_site/standard/data/website-standard.yaml) through the one YAML reader."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ita_site.base.yamlfile import read_yaml
from ita_site.messages import Text

STAGES = ("content", "built", "agency")


@dataclass(frozen=True)
class Section:
    key: str
    th: str
    en: str


@dataclass(frozen=True)
class StandardItem:
    """One item of the standard: what it asks (`text`) and how to meet it (`text.fix_*`)."""

    id: str
    section: Section
    stage: str
    text: Text


@dataclass(frozen=True)
class StandardCatalog:
    name: Text
    items: tuple[StandardItem, ...]
    government_domains: tuple[str, ...]
    outside_drives: tuple[str, ...]
    map_hosts: tuple[str, ...]
    e_service_words: tuple[str, ...]

    def item(self, item_id: str) -> StandardItem:
        return next(i for i in self.items if i.id == item_id)


def _texts(values) -> tuple[str, ...]:
    return tuple(str(v).lower() for v in values or ())


@lru_cache(maxsize=1)
def load_standard() -> StandardCatalog:
    """The shipped catalog. It is package data tested in tests/standard, so a mistake in it is
    the product's, not the agency's: it raises instead of reporting a problem."""
    raw = (resources.files("ita_site.standard") / "data" / "website-standard.yaml").read_bytes()
    data = read_yaml(raw).data
    sections = {key: Section(key, value["th"], value["en"])
                for key, value in data["sections"].items()}
    items = []
    for entry in data["items"]:
        if entry["stage"] not in STAGES:
            raise ValueError(f"website-standard.yaml: unknown stage {entry['stage']!r}")
        items.append(StandardItem(
            entry["id"], sections[entry["section"]], entry["stage"],
            Text(entry["th"], entry["en"], entry.get("fix_th", ""), entry.get("fix_en", ""))))
    name = data["standard"]
    return StandardCatalog(
        Text(name["name_th"], name["name_en"]), tuple(items),
        _texts(data["government_domains"]), _texts(data["outside_drives"]),
        _texts(data["map_hosts"]), _texts(data["e_service_words"]))
