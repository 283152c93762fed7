"""What the standard adds to the built site: robots.txt, the contact page made from agency.yml
when the site has none, and the report page the build fills in once every page is written."""

from __future__ import annotations

from urllib.parse import quote, urlsplit

from ita_site.content.models import Agency
from ita_site.messages import standard as msg
from ita_site.messages.identity import FOOTER
from ita_site.messages.pages import L
from ita_site.pages.identity import phone_parts
from ita_site.pages.render import yaml_string
from ita_site.sitemap.urls import STANDARD_REPORT_PAGE, src_to_url
from ita_site.text.escaping import html_text, safe_url

CONTACT_LABELS = {"address": "ที่อยู่", "phone": FOOTER["phone"], "email": FOOTER["email"],
                  "website": FOOTER["website"], "map": "แผนที่", "map_link": "ดูที่ตั้งบนแผนที่"}


def robots_txt(site_url: str | None) -> bytes:
    """Every crawler may read the site except the webmaster's report; the sitemap is named
    when the site's address is known (robots.txt needs a full URL for it)."""
    base = urlsplit(site_url).path if site_url else "/"
    base = base if base.endswith("/") else base + "/"
    lines = ["User-agent: *", f"Disallow: {base}{src_to_url(STANDARD_REPORT_PAGE)}"]
    if site_url:
        lines.append(f"Sitemap: {site_url.rstrip('/')}/sitemap.xml")
    return ("\n".join(lines) + "\n").encode("utf-8")


def contact_page(agency: Agency) -> str:
    """Markdown of /about/contact/ from agency.yml; every value is text, written as HTML."""
    rows = []
    address = agency.address or agency.place
    if address:
        rows.append((CONTACT_LABELS["address"], html_text(address)))
    if agency.phone:
        parts = "".join(f'<a href="tel:{quote(p.tel)}">{html_text(p.text)}</a>' if p.tel
                        else str(html_text(p.text)) for p in phone_parts(agency.phone))
        rows.append((CONTACT_LABELS["phone"], parts))
    if agency.email:
        email = html_text(agency.email)
        rows.append((CONTACT_LABELS["email"], f'<a href="mailto:{email}">{email}</a>'))
    if agency.website:
        site = html_text(safe_url(agency.website))
        rows.append((CONTACT_LABELS["website"], f'<a href="{site}">{html_text(agency.website)}</a>'))
    if agency.map_url:
        rows.append((CONTACT_LABELS["map"], f'<a href="{html_text(safe_url(agency.map_url))}">'
                                            f'{CONTACT_LABELS["map_link"]}</a>'))
    body = "".join(f"<tr><th scope=\"row\">{label}</th><td>{value}</td></tr>"
                   for label, value in rows)
    return (f"---\ntitle: {yaml_string(L.contact_title)}\n---\n\n# {L.contact_title}\n\n"
            f"<p><strong>{html_text(agency.name)}</strong></p>\n\n"
            f'<table class="ita-contact"><tbody>{body}</tbody></table>\n')


def report_page() -> str:
    """The report page as built: a placeholder that the build replaces with the findings once
    every page has been written and scanned (ita_site.plugin). Kept out of search here and out
    of crawlers by robots.txt."""
    return (f"---\ntitle: {yaml_string(msg.REPORT_TITLE)}\nsearch:\n  exclude: true\n---\n\n"
            f"# {msg.REPORT_TITLE}\n\n{msg.REPORT_INTRO}\n\n{msg.REPORT_PLACEHOLDER}\n")
