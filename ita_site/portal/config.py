"""PORTAL.yml: the portal's name, address, agency folders and output folder.

```yaml
name: ITA จังหวัดตัวอย่าง
site_url: https://ita.example.go.th/
agencies: [agencies/*, extra/abt-nong-bua]   # folders or glob patterns, relative to this file
output: public                               # default: public, relative to this file
```

Each agency's address is `<site_url><slug>/`, the slug being its folder name in ASCII: it
is as stable as the folder's name, and the same on every build and every machine.
"""

from __future__ import annotations

import glob
import re
from dataclasses import dataclass, field
from pathlib import Path

from ita_site.base.yamlfile import read_yaml
from ita_site.base.yamlevents import YamlSyntaxError
from ita_site.messages import Text
from ita_site.messages import portal as msg

# Top-level names of the portal's own pages and files: an agency cannot take them.
RESERVED = frozenset({"assets", "search", "data", "coverage", "dashboard", "404.html",
                      "index.html", "sitemap.xml", "sitemap.xml.gz"})
_SLUG = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$")


@dataclass(frozen=True)
class AgencyEntry:
    slug: str
    folder: Path


@dataclass
class Portal:
    path: Path
    name: str
    site_url: str
    output: Path
    agencies: list[AgencyEntry] = field(default_factory=list)

    def agency_url(self, slug: str) -> str:
        return f"{self.site_url}{slug}/"


class PortalError(ValueError):
    """PORTAL.yml cannot be used; `problems` holds every reason (Text, Thai and English)."""

    def __init__(self, problems: list[Text]):
        super().__init__("; ".join(p.en for p in problems))
        self.problems = problems


def slug_of(folder: Path) -> str:
    """The folder name, lower-cased; `_`, `.` and spaces become `-` (other characters are
    refused by the caller, so a slug never depends on a transliteration table)."""
    return re.sub(r"[\s_.]+", "-", folder.name.strip()).lower()


def _text(value) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def read_portal(path: Path) -> Portal:
    """Read and check PORTAL.yml; PortalError with every problem found."""
    path = Path(path)
    if not path.is_file():
        raise PortalError([msg.PORTAL_MISSING.format(path=path)])
    try:
        document = read_yaml(path.read_bytes())
    except YamlSyntaxError as error:
        raise PortalError([msg.PORTAL_UNREADABLE.format(
            path=path, line=error.line or "?", problem=error.problems[0].text.th)]) from None
    data = document.data if isinstance(document.data, dict) else {}
    problems: list[Text] = []
    name, site_url = _text(data.get("name")), _text(data.get("site_url"))
    if name is None:
        problems.append(msg.FIELD_MISSING.format(path=path, field="name",
                                                 example="name: ITA จังหวัดตัวอย่าง"))
    if site_url is None:
        problems.append(msg.FIELD_MISSING.format(path=path, field="site_url",
                                                 example="site_url: https://ita.example.go.th/"))
    elif not re.match(r"^https?://[^\s/]+(/\S*)?$", site_url):
        problems.append(msg.FIELD_BAD.format(
            path=path, field="site_url", line=document.lines.get(("site_url",), "?"),
            fix_th="ใส่ที่อยู่เต็มที่ขึ้นต้นด้วย https:// เช่น https://ita.example.go.th/",
            fix_en="give a full address starting with https://, e.g. https://ita.example.go.th/"))
    else:
        site_url = site_url.rstrip("/") + "/"
    patterns = data.get("agencies")
    if isinstance(patterns, str):
        patterns = [patterns]
    if not isinstance(patterns, list) or not patterns or not all(_text(p) for p in patterns):
        problems.append(msg.FIELD_MISSING.format(path=path, field="agencies",
                                                 example="agencies: [agencies/*]"))
        patterns = []
    output = data.get("output", "public")
    if _text(output) is None:
        problems.append(msg.FIELD_BAD.format(
            path=path, field="output", line=document.lines.get(("output",), "?"),
            fix_th="ใส่ชื่อโฟลเดอร์ผลลัพธ์ เช่น output: public",
            fix_en="give the output folder, e.g. output: public"))
        output = "public"
    base = path.parent
    portal = Portal(path, name or "", site_url or "", (base / output.strip()).resolve())
    problems.extend(_find_agencies(portal, base, [p.strip() for p in patterns]))
    if problems:
        raise PortalError(problems)
    return portal


def _find_agencies(portal: Portal, base: Path, patterns: list[str]) -> list[Text]:
    problems: list[Text] = []
    seen: dict[str, Path] = {}
    for pattern in patterns:
        matches = sorted(Path(p).resolve() for p in glob.glob(str(base / pattern)))
        matches = [m for m in matches if (m / "mkdocs.yml").is_file()]
        if not matches:
            problems.append(msg.NO_AGENCY_MATCH.format(path=portal.path, pattern=pattern))
        for folder in matches:
            if folder in seen.values():
                continue
            if portal.output == folder or folder in portal.output.parents:
                problems.append(msg.OUTPUT_INSIDE.format(path=portal.path, output=portal.output,
                                                         folder=folder))
                continue
            slug = slug_of(folder)
            reserved = ", ".join(sorted(RESERVED))
            if not _SLUG.match(slug):
                problems.append(msg.SLUG_BAD.format(folder=folder, reserved=reserved,
                                                    reason="a-z 0-9 -"))
            elif slug in RESERVED:
                problems.append(msg.SLUG_BAD.format(folder=folder, reserved=reserved,
                                                    reason=slug))
            elif slug in seen:
                problems.append(msg.SLUG_DUPLICATE.format(first=seen[slug], second=folder,
                                                          slug=slug))
            else:
                seen[slug] = folder
                portal.agencies.append(AgencyEntry(slug, folder))
    portal.agencies.sort(key=lambda a: a.slug)
    return problems
