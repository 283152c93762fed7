"""The items of the standard that the content and mkdocs.yml decide, before any page is built.

Used by `ita-site check --standard` and by the build, which shows the same findings on the
report page; the items that need the built HTML are in ita_site.standard.built_checks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from ita_site.content.agency_pages import DEFAULT_PAGES
from ita_site.content.models import Site
from ita_site.messages import Text
from ita_site.messages import standard as msg
from ita_site.standard.catalog import StandardCatalog, load_standard
from ita_site.standard.report import FAIL, PASS, WARN, StandardReport
from ita_site.standard.updated import page_dates
from ita_site.sitemap import Kind, SiteMap

_URL = re.compile(r"https?://[^\s)\]>\"'<]+", re.IGNORECASE)
_POLICIES = {"privacy-policy": "privacy_page", "cookie-policy": "cookie_policy_page",
             "website-policy": "website_policy_page", "security-policy": "security_policy_page",
             "accessibility-statement": "accessibility_page"}


@dataclass(frozen=True)
class SiteSettings:
    """What the check needs from mkdocs.yml (read by MkDocs in the build, by
    ita_site.mkdocs_settings in the command)."""

    language: str | None = None
    site_url: str | None = None
    search: bool = False


def check_content(site: Site, sitemap: SiteMap, content_dir: Path, settings: SiteSettings,
                  catalog: StandardCatalog | None = None, dates: dict | None = None
                  ) -> StandardReport:
    """Findings of every `content` item; `dates` as ita_site.standard.updated.page_dates
    gives them (read here when not given)."""
    catalog = catalog or load_standard()
    report = StandardReport(catalog)
    content_dir = Path(content_dir)
    _language(report, settings)
    _https_domain(report, settings, catalog)
    _sitemap_and_robots(report, settings, content_dir)
    _contact(report, site, content_dir, catalog)
    for item_id, field in _POLICIES.items():
        page = getattr(site.agency, field)
        if page:
            report.set(item_id, PASS, [msg.PAGE_FOUND.format(path=page)])
        else:
            report.set(item_id, FAIL, [msg.PAGE_MISSING.format(path=DEFAULT_PAGES[field])])
    report.set("search", PASS if settings.search else FAIL, [] if settings.search else [msg.NO_SEARCH])
    data_files = [e for e in sitemap if e.kind in DATA_KINDS]
    if data_files:
        report.set("open-data", PASS, [msg.OPEN_DATA_FILES.format(count=len(data_files))])
    else:
        report.set("open-data", FAIL, [msg.NO_YEARS])
    report.set("ita", PASS if site.years else FAIL, [] if site.years else [msg.NO_YEARS])
    _e_service(report, site, catalog)
    _outside_drives(report, site, content_dir, catalog)
    _last_updated(report, site, page_dates(site, content_dir) if dates is None else dates)
    return report


# Generated open-data files (ita_site.sitemap): what /data/ lists.
DATA_KINDS = (Kind.OIT_CSV, Kind.OIT_JSON, Kind.MEASURES_CSV, Kind.MEASURES_JSON,
              Kind.SCORES_CSV, Kind.SCORES_JSON)


def _language(report: StandardReport, settings: SiteSettings) -> None:
    if (settings.language or "").lower() == "th":
        report.set("lang-th", PASS)
    else:
        report.set("lang-th", FAIL, [msg.NO_LANGUAGE.format(got=settings.language or "-")])


def is_government_host(host: str, catalog: StandardCatalog) -> bool:
    host = host.lower().rstrip(".")
    return any(host.endswith(domain) for domain in catalog.government_domains)


def _https_domain(report: StandardReport, settings: SiteSettings, catalog: StandardCatalog) -> None:
    url = settings.site_url
    if not url:
        report.set("https-domain", WARN, [msg.NO_SITE_URL])
        return
    parts = urlsplit(url.strip())
    if parts.scheme != "https":
        report.set("https-domain", FAIL, [msg.NOT_HTTPS.format(url=url)])
    elif not is_government_host(parts.hostname or "", catalog):
        report.set("https-domain", WARN, [msg.NOT_GOVERNMENT.format(
            host=parts.hostname or url, domains=", ".join(catalog.government_domains))])
    else:
        report.set("https-domain", PASS, [Text(url, url)])


def _sitemap_and_robots(report: StandardReport, settings: SiteSettings, content_dir: Path) -> None:
    if settings.site_url:
        report.set("sitemap", PASS)
    else:
        report.set("sitemap", FAIL, [msg.NO_SITE_URL])
    own = content_dir / "robots.txt"
    if own.is_file():
        text = own.read_text(encoding="utf-8", errors="replace")
        if re.search(r"^\s*sitemap\s*:", text, re.IGNORECASE | re.MULTILINE):
            report.set("robots", PASS, [msg.PAGE_FOUND.format(path="robots.txt")])
        else:
            report.set("robots", FAIL, [msg.OWN_ROBOTS])
    elif settings.site_url:
        report.set("robots", PASS, [msg.ROBOTS_GENERATED.format(
            sitemap=settings.site_url.rstrip("/") + "/sitemap.xml")])
    else:
        report.set("robots", FAIL, [msg.NO_SITE_URL])


def _page_text(content_dir: Path, src_uri: str) -> str:
    try:
        return (content_dir / src_uri).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _has_map_link(text: str, catalog: StandardCatalog) -> bool:
    lowered = text.lower()
    return any(host in url for url in _URL.findall(lowered) for host in catalog.map_hosts)


def _contact(report: StandardReport, site: Site, content_dir: Path,
             catalog: StandardCatalog) -> None:
    agency = site.agency
    details = []
    if agency.contact_page is None:
        details.append(msg.CONTACT_GENERATED)
        page_text = ""
    else:
        details.append(msg.PAGE_FOUND.format(path=agency.contact_page))
        page_text = _page_text(content_dir, agency.contact_page)
    # The footer of every page, the contact page's too, shows the address, phone and email.
    have = {"address": bool(agency.address or agency.place), "phone": bool(agency.phone),
            "email": bool(agency.email),
            "map": bool(agency.map_url) or _has_map_link(page_text, catalog)}
    missing = [msg.CONTACT_PARTS[key] for key, ok in have.items() if not ok]
    if missing:
        details.append(msg.CONTACT_LACKS.format(missing=", ".join(missing)))
    report.set("contact", FAIL if missing else PASS, details)


def _e_service(report: StandardReport, site: Site, catalog: StandardCatalog) -> None:
    words = catalog.e_service_words
    for page in site.all_pages():
        haystack = f"{page.title or ''} {page.src_uri}".lower()
        if any(word in haystack for word in words):
            report.set("e-service", PASS, [msg.PAGE_FOUND.format(path=page.src_uri)])
            return
    report.set("e-service", FAIL, [msg.NO_E_SERVICE.format(words=", ".join(words))])


def _outside_drives(report: StandardReport, site: Site, content_dir: Path,
                    catalog: StandardCatalog) -> None:
    """Links to outside drives in the agency's pages, measures and year.yml evidence links."""
    found = []

    def scan(path: str, text: str) -> None:
        for url in _URL.findall(text):
            host = (urlsplit(url).hostname or "").lower()
            if any(host == d or host.endswith("." + d) for d in catalog.outside_drives):
                found.append(msg.OUTSIDE_DRIVE.format(path=path, url=url))

    for page in site.all_pages():
        scan(page.src_uri, _page_text(content_dir, page.src_uri))
    for year in site.years.values():
        for measure in year.measures:
            scan(measure.src_uri, measure.body)
        if year.data is not None:
            for links in year.data.oit_links.values():
                for link in links:
                    scan(year.data.src_path, link.url)
    report.set("evidence-on-site", WARN if found else PASS, found)


def _last_updated(report: StandardReport, site: Site, dates: dict) -> None:
    sources = [p.src_uri for p in site.all_pages()]
    sources += [m.src_uri for y in site.years.values() for m in y.measures]
    undated = sorted(src for src in sources if src not in dates)
    if undated:
        report.set("last-updated", WARN, [msg.NO_DATE.format(
            count=len(undated), examples=", ".join(undated[:5]))])
    else:
        report.set("last-updated", PASS)
