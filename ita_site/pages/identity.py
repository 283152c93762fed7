"""What the theme shows of the agency on every page: logo, name, address, phone, e-mail and
links to its contact page and published policies.

Values stay plain text; the theme's templates escape them where they land.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

from ita_site.content.agency_pages import page_url
from ita_site.content.models import Agency
from ita_site.messages.identity import FOOTER
from ita_site.sitemap.urls import GENERATED_CONTACT_PAGE
from ita_site.text.digits import to_arabic

# A phone number as written: digits, single spaces, hyphens or dots between them ("0 4300 0000",
# "043-000-000", "๐๔๓ ๐๐๐ ๐๐๐"). Anything else ends it, so "..., 08 1234 5678" holds two.
_NUMBER = re.compile(r"(?<![0-9๐-๙])\+?[0-9๐-๙](?:[0-9๐-๙]|[ \-.](?=[0-9๐-๙]))*")
# An extension is dialled after the call connects, and a fax number is not for calling: neither
# gets a tel: link of its own.
_NOT_DIALLED = re.compile(r"(?:ต่อ|ext\.?|#|โทรสาร|แฟกซ์|fax)\s*[.:]?\s*$", re.IGNORECASE)


# The published policies every footer links to, in the order the footer shows them.
POLICY_FOOTER = (("privacy_page", "privacy"), ("website_policy_page", "website_policy"),
                 ("security_policy_page", "security_policy"), ("cookie_policy_page", "cookies"),
                 ("accessibility_page", "accessibility"))


@dataclass(frozen=True)
class PhoneText:
    """A piece of agency.yml `phone` as written; `tel` is set when the piece is a number."""

    text: str
    tel: str | None = None


def phone_parts(text: str | None) -> list[PhoneText]:
    """agency.yml `phone` cut into text and numbers, so each number becomes a tel: link and
    the rest (ต่อ 12, "หรือ", names of offices) stays as the agency wrote it."""
    text = text or ""
    parts, done = [], 0
    for match in _NUMBER.finditer(text):
        digits = re.sub(r"\D", "", to_arabic(match.group(0)))
        if not 3 <= len(digits) <= 15 or _NOT_DIALLED.search(text[:match.start()]):
            continue
        if match.start() > done:
            parts.append(PhoneText(text[done:match.start()]))
        plus = "+" if match.group(0).startswith("+") else ""
        parts.append(PhoneText(match.group(0), plus + digits))
        done = match.end()
    if done < len(text):
        parts.append(PhoneText(text[done:]))
    return parts


def agency_identity(agency: Agency) -> dict:
    """The `ita_agency` variable of the theme's templates (theme/partials/copyright.html,
    logo.html). URLs are site-relative and percent-encoded, for Jinja's `url` filter: a file
    name holding a quote or `<` then cannot end the attribute it is written into."""
    logo = agency.logo.replace("\\", "/").lstrip("/") if agency.logo else None
    return {
        "name": agency.name,
        "address": agency.address or agency.place,
        "phone": phone_parts(agency.phone),
        "email": agency.email,
        "website": agency.website,
        "logo": _url(logo),
        # Without a contact page of its own the site has the one made from agency.yml.
        "contact_url": _url(page_url(agency.contact_page or GENERATED_CONTACT_PAGE)),
        "privacy_url": _url(page_url(agency.privacy_page) if agency.privacy_page else None),
        "policy_links": [(FOOTER[key], _url(page_url(getattr(agency, field))))
                         for field, key in POLICY_FOOTER if getattr(agency, field)],
        "labels": FOOTER,
    }


def _url(path: str | None) -> str | None:
    return quote(path, safe="/") if path else None
