"""Reading the content folder into a validated :class:`Site`.

Every file is read once; every problem is collected, so `ita-site check` and the build show all
of them together. Cross-file checks that need the ITA catalogs (OIT codes, addresses) live in
ita_site.oit and run after this.
"""

from __future__ import annotations

import difflib
import os
import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path

from ita_site.content import contract, schema
from ita_site.content.agency_pages import resolve_agency_pages
from ita_site.catalog.codes import normalize_code
from ita_site.content.fields import FieldReader
from ita_site.content.list_indent import warn_over_indented
from ita_site.content.source_cache import SourceCache
from ita_site.content.models import Agency, EvidenceLink, Measure, Page, Site, Year, YearData
from ita_site.base.problems import Problems
from ita_site.content.tree import ContentTree, is_published_file, scan
from ita_site.base.yamlfile import (MarkdownSource, YamlDocument, YamlSyntaxError,
                                       check_characters, decode, parse_yaml, report,
                                       split_front_matter)
from ita_site.messages import content as msg
from ita_site.messages import files as files_msg
from ita_site.messages import oit as oit_msg
from ita_site.sitemap import RESERVED_YEAR_PAGES
from ita_site.text.digits import parse_int, to_arabic
from ita_site.text.urls import has_blank, shown

_DIGITS = re.compile(r"[0-9๐-๙]+")
# Year folders, as ita_year and the CLI's new-year accept them.
YEARS = (2500, 2700)
# Letters, Thai vowel and tone marks, digits, - and _: anything else breaks URLs or FTP uploads.
_SLUG_BAD = re.compile(r"[^\w\-\u0E00-\u0E7F]")


@dataclass
class LoadResult:
    site: Site
    problems: Problems = field(default_factory=Problems)


def _read_text(path: Path, rel: str, problems: Problems) -> str | None:
    try:
        text = decode(path.read_bytes())
        check_characters(text)  # in a Markdown body too: a NUL would reach the HTML
        return text
    except YamlSyntaxError as exc:
        report(problems, rel, exc.problems)
    return None


def _parsed(path: Path, rel: str, problems: Problems, parse, meta_of, first_line: int,
            cache: SourceCache | None = None):
    """Parse a file with `parse`; its mapping (`meta_of(result)`) must be a mapping or empty.
    Syntax errors and a non-mapping top level are problems, and give None. With a `cache`,
    a file whose bytes did not change since the last load is not parsed again."""
    if cache is not None:
        result = cache.parsed(path, rel, parse)
        if isinstance(result, YamlSyntaxError):
            report(problems, rel, result.problems)
            return None
    else:
        text = _read_text(path, rel, problems)
        if text is None:
            return None
        try:
            result = parse(text)
        except YamlSyntaxError as exc:
            report(problems, rel, exc.problems)
            return None
    meta = meta_of(result)
    report(problems, rel, meta.problems)
    if meta.data is None:
        meta.data = {}
    if not isinstance(meta.data, dict):
        problems.error(rel, msg.NOT_A_MAPPING, line=first_line)
        return None
    return result


def _read_yaml(path: Path, rel: str, problems: Problems,
               cache: SourceCache | None = None) -> YamlDocument | None:
    return _parsed(path, rel, problems, parse_yaml, lambda doc: doc, 1, cache)


def _read_markdown(path: Path, rel: str, problems: Problems,
                   cache: SourceCache | None = None) -> MarkdownSource | None:
    return _parsed(path, rel, problems, split_front_matter, lambda source: source.meta, 2, cache)


def _warn_unknown(reader: FieldReader, known: frozenset[str]) -> None:
    for name in reader.data:
        if name in known or name in schema.THEME_FIELDS:
            continue
        close = difflib.get_close_matches(str(name), sorted(known), n=1, cutoff=0.6)
        hint_th = f" (หมายถึง `{close[0]}` หรือไม่?)" if close else ""
        hint_en = f" (did you mean `{close[0]}`?)" if close else ""
        reader.problems.warning(
            reader.path,
            msg.UNKNOWN_FIELD.format(field=name, hint_th=hint_th, hint_en=hint_en,
                                     valid=", ".join(sorted(known))),
            line=reader.line(name), field=str(name))


def load_agency(content_dir: Path, tree: ContentTree, problems: Problems,
                cache: SourceCache | None = None) -> Agency:
    rel = "agency.yml"
    path = content_dir / rel
    if rel not in tree.files:
        if not os.path.lexists(path):  # a link or a FIFO there is already a problem of the tree
            problems.error(rel, msg.MISSING_FILE.format(name=rel))
        return Agency(name="หน่วยงาน")
    doc = _read_yaml(path, rel, problems, cache)
    if doc is None:
        return Agency(name="หน่วยงาน")
    reader = FieldReader(doc, rel, problems)
    _warn_unknown(reader, schema.AGENCY_FIELDS)
    agency = Agency(name=reader.text("name", required=True) or "หน่วยงาน")
    for name in schema.AGENCY_FIELDS - {"name"}:
        setattr(agency, name, reader.text(name))
    if agency.email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", agency.email):
        reader.error("email", msg.EMAIL.format(field="email", got=agency.email))
    for name in ("website", "map_url"):
        url = getattr(agency, name)
        if url and has_blank(url):
            reader.error(name, files_msg.URL_WHITESPACE.format(field=name, got=shown(url)))
            setattr(agency, name, None)
        elif url and not re.match(r"^https?://[^\s/]+", url):
            reader.error(name, msg.URL.format(field=name, got=url))
            setattr(agency, name, None)
    if agency.logo:
        _check_logo(content_dir, agency.logo, reader)
    resolve_agency_pages(reader, content_dir, agency)
    return agency


def _check_logo(content_dir: Path, logo: str, reader: FieldReader) -> None:
    rel = posixpath.normpath(logo.replace("\\", "/").lstrip("/"))
    if is_published_file(content_dir, rel):
        return
    if os.path.lexists(content_dir / rel) or logo.startswith("/") or rel.startswith(".."):
        reader.error("logo", files_msg.LOGO_NOT_PUBLISHED.format(got=logo))
    else:
        reader.error("logo", msg.FILE_MISSING.format(field="logo", got=logo))


def load_measure(source: MarkdownSource, rel: str, year: int, slug: str,
                 problems: Problems) -> Measure:
    reader = FieldReader(source.meta, rel, problems)
    _warn_unknown(reader, schema.MEASURE_FIELDS)
    measure = Measure(
        year=year,
        slug=slug,
        src_uri=rel,
        title=reader.text("title", required=True) or slug,
        order=reader.integer("order", *contract.MEASURE["order"].bounds),
        issue=reader.integer("issue", *contract.MEASURE["issue"].bounds),
        indicators=reader.int_list("indicators", *contract.MEASURE["indicators"].bounds),
        oit=_oit_codes(reader),
        addresses=reader.codes("addresses"),
        steps=reader.text_list("steps"),
        period=reader.period(),
        responsible=reader.text_list("responsible", allow_single=True),
        status=reader.status(),
        updated=reader.date("updated"),
        body=source.body,
        body_line=source.body_line,
    )
    measure.lines = _field_lines(source)
    measure.results = reader.results(own_status=False)
    if reader.present("progress"):
        part = reader.child("progress")
        if part is None:
            reader.error("progress", msg.WANT_LIST.format(field="progress", got="-"))
        else:
            _warn_unknown(part, schema.RESULT_FIELDS)
            measure.progress = part.results(own_status=True)
    return measure


def _oit_codes(reader: FieldReader) -> tuple[str, ...]:
    """O-codes only: i/e questions are answered by surveys, never by evidence pages."""
    codes = reader.codes("oit")
    for code in codes:
        if code[0] != "O":
            reader.error("oit", msg.BAD_CODE.format(field="oit", got=code))
    return tuple(c for c in codes if c[0] == "O")


def _page_oit(reader: FieldReader, year: int | None) -> dict[int, tuple[str, ...]]:
    value = reader.data.get("oit")
    if value is None:
        return {}
    if isinstance(value, dict):
        out: dict[int, tuple[str, ...]] = {}
        for key, codes in value.items():
            key_year = parse_int(key)
            if key_year is None or not YEARS[0] <= key_year <= YEARS[1]:
                reader.error("oit", msg.OIT_YEAR_KEY.format(got=key), key)
                continue
            items = codes if isinstance(codes, list) else [codes]
            out[key_year] = reader.codes("oit", items, line_path=(key,))
        return out
    if year is None:
        reader.error("oit", msg.OIT_YEAR_KEY.format(got=value if not isinstance(value, list) else "list"))
        return {}
    return {year: _oit_codes(reader)}


def _field_lines(source: MarkdownSource) -> dict[str, int]:
    return {key[0]: line for key, line in source.meta.lines.items() if len(key) == 1}


def load_page(source: MarkdownSource, rel: str, year: int | None, problems: Problems) -> Page:
    reader = FieldReader(source.meta, rel, problems)
    title = source.meta.data.get("title")
    return Page(src_uri=rel, title=str(title) if title else None, year=year,
                oit=_page_oit(reader, year), lines=_field_lines(source),
                updated=reader.date("updated") if reader.present("updated") else None)


def load_evidence_page(source: MarkdownSource, rel: str, year: int, name: str,
                       problems: Problems) -> Page | None:
    """content/<year>/oit/<code>.md: the agency's own text for one item; its file name is
    the code, and it becomes the item's page (/<year>/oit/<code>/)."""
    code = normalize_code(name)
    if code is None or code[0] != "O":
        problems.error(rel, oit_msg.EVIDENCE_FILE_CODE.format(name=name + ".md"))
        return None
    page = load_page(source, rel, year, problems)
    page.oit = {year: (code,) + tuple(c for c in page.oit.get(year, ()) if c != code)}
    return page


def load_year_data(path: Path, rel: str, year: int, problems: Problems,
                   cache: SourceCache | None = None) -> YearData | None:
    doc = _read_yaml(path, rel, problems, cache)
    if doc is None:
        return None
    reader = FieldReader(doc, rel, problems)
    _warn_unknown(reader, schema.YEAR_FIELDS)
    ita_year = reader.integer("ita_year", *contract.YEAR["ita_year"].bounds) or year
    data = YearData(year=year, ita_year=ita_year, src_path=rel, raw=doc.data, document=doc)
    links = reader.child("oit")
    if reader.present("oit") and links is None:
        reader.error("oit", msg.WANT_LIST.format(field="oit", got="-"))
    if links is not None:
        for raw_code, entries in links.data.items():
            codes = links.codes(str(raw_code), [raw_code])
            if not codes:
                continue
            items = entries if isinstance(entries, list) else [entries]
            for index, entry in enumerate(items):
                link = _evidence_link(links, str(raw_code), index, entry)
                if link:
                    data.oit_links.setdefault(codes[0], []).append(link)
    return data


def _evidence_link(reader: FieldReader, key: str, index: int, entry) -> EvidenceLink | None:
    line = reader.line(key, index)
    if isinstance(entry, str):
        return EvidenceLink(title=entry, url=entry, line=line)
    if isinstance(entry, dict) and entry.get("url"):
        return EvidenceLink(title=str(entry.get("title") or entry["url"]), url=str(entry["url"]),
                            line=line)
    reader.problems.error(reader.path, msg.EVIDENCE_LINK.format(code=key), line=line,
                          field=f"oit.{key}")
    return None


def _slug_problem(stem: str) -> str | None:
    bad = sorted(set(_SLUG_BAD.findall(stem)))
    return "".join(bad) if bad else None


def load_year(content_dir: Path, tree: ContentTree, folder: str, year: int,
              problems: Problems, cache: SourceCache | None = None) -> Year:
    result = Year(year=year)
    year_yml = f"{folder}/year.yml"
    if year_yml in tree.files:
        result.data = load_year_data(content_dir / year_yml, year_yml, year, problems, cache)
    for rel in tree.markdown_under(folder):
        path = content_dir / rel
        inner = rel[len(folder) + 1:]
        source = _read_markdown(path, rel, problems, cache)
        if source is None:
            continue
        if inner.startswith("measures/") and inner.count("/") == 1:
            result.measures.append(_measure_file(source, rel, year, path, problems, cache))
            continue
        if inner.startswith("oit/") and inner.count("/") == 1:
            page = load_evidence_page(source, rel, year, path.stem, problems)
            if page is not None:
                result.pages.append(page)
            continue
        if inner in RESERVED_YEAR_PAGES:
            problems.error(rel, msg.RESERVED_NAME.format(
                name=inner, url=f"/{year}/{inner[:-3]}/", suggestion=f"{inner[:-3]}-notes.md"))
            continue
        if inner == "index.md":
            result.has_intro = True
        page = load_page(source, rel, year, problems)
        result.pages.append(page)
    result.measures.sort(key=lambda m: (m.order is None, m.order or 0, m.slug))
    _check_orders(result, problems)
    return result


def _measure_file(source: MarkdownSource, rel: str, year: int, path: Path, problems: Problems,
                  cache: SourceCache | None) -> Measure:
    def make(found: Problems) -> Measure:
        warn_over_indented(source.front_matter, rel, found)
        slug = path.stem
        if bad := _slug_problem(slug):
            found.error(rel, msg.BAD_SLUG.format(
                name=path.name, chars=bad, suggestion=re.sub(r"[^\w-]+", "-", slug).strip("-")))
        return load_measure(source, rel, year, slug, found)

    return make(problems) if cache is None else cache.derived(rel, year, make, problems)


def _check_orders(year: Year, problems: Problems) -> None:
    seen: dict[int, Measure] = {}
    for measure in year.measures:
        if measure.order is None:
            continue
        if measure.order in seen:
            problems.error(measure.src_uri, msg.DUPLICATE_ORDER.format(
                order=measure.order, other=seen[measure.order].src_uri), field="order")
        else:
            seen[measure.order] = measure


def year_of_folder(name: str) -> int | None:
    """The B.E. year a folder name stands for: Arabic digits within YEARS, else None."""
    if not (name.isascii() and name.isdigit()) or name != str(int(name)):  # "02568" is not
        return None
    year = int(name)
    return year if YEARS[0] <= year <= YEARS[1] else None


def _year_folders(tree: ContentTree, problems: Problems) -> tuple[dict[str, int], set[str]]:
    """Top-level folder → year for every year folder, and the folders refused as years.

    One rule, so that no year builds with broken links or silently vanishes: a folder named
    with digits only (Thai or Arabic), or holding measures/ or year.yml, is a year folder, and
    its name must be the B.E. year in Arabic digits within YEARS. Any other such folder is an
    error naming it and is not read.
    """
    folders = tree.folders()
    years: dict[str, int] = {}
    refused: set[str] = set()
    for name in folders:
        if _DIGITS.fullmatch(name):
            why = files_msg.WHY_DIGITS
        elif any(f.startswith(f"{name}/measures/") for f in tree.files):
            why = files_msg.WHY_MEASURES
        elif f"{name}/year.yml" in tree.files:
            why = files_msg.WHY_YEAR_YML
        else:
            continue
        year = year_of_folder(name)
        if year is not None:
            years[name] = year
            continue
        refused.add(name)
        arabic = str(int(to_arabic(name))) if _DIGITS.fullmatch(name) else name
        if year_of_folder(arabic) is not None:
            if arabic in folders:
                problems.error(name + "/", files_msg.YEAR_FOLDER_DUPLICATE.format(
                    name=name, other=arabic, year=arabic))
            else:
                problems.error(name + "/", files_msg.YEAR_FOLDER_DIGITS.format(
                    name=name, arabic=arabic))
            continue
        problems.error(name + "/", files_msg.YEAR_FOLDER_RANGE.format(
            name=name, why=why[0], why_en=why[1], low=YEARS[0], high=YEARS[1]))
    return years, refused


def load_site(content_dir: Path, cache: SourceCache | None = None) -> LoadResult:
    """Read and validate everything under `content_dir` against ita_site.content.contract.
    A `cache` kept between calls parses only the files whose bytes changed."""
    content_dir = Path(content_dir)
    if cache is not None:
        cache.begin()
    problems = Problems()
    tree = scan(content_dir)
    problems.extend(tree.problems)
    site = Site(agency=load_agency(content_dir, tree, problems, cache))
    site.has_intro = "index.md" in tree.files
    years, refused = _year_folders(tree, problems)
    for folder in tree.folders():
        if folder in years:
            year = years[folder]
            site.years[year] = load_year(content_dir, tree, folder, year, problems, cache)
        elif folder not in refused:
            for rel in tree.markdown_under(folder):
                source = _read_markdown(content_dir / rel, rel, problems, cache)
                if source is not None:
                    site.pages.append(load_page(source, rel, None, problems))
    return LoadResult(site, problems)
