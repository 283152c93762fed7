"""The contact page made from agency.yml when the site has none of its own (/about/contact/):
the Government Website Standard asks for one, and every footer links to it."""

from __future__ import annotations

from urllib.parse import quote

from ita_site.content.models import Agency
from ita_site.messages.identity import FOOTER
from ita_site.messages.pages import L
from ita_site.pages.identity import phone_parts
from ita_site.pages.render import yaml_string
from ita_site.text.escaping import html_text, safe_url

CONTACT_LABELS = {"address": "ที่อยู่", "phone": FOOTER["phone"], "email": FOOTER["email"],
                  "website": FOOTER["website"], "map": "แผนที่", "map_link": "ดูที่ตั้งบนแผนที่"}



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
