"""What the theme shows of the agency on every page: logo, name, address, phone, e-mail and
links to its contact and privacy pages.

Values stay plain text; the theme's templates escape them where they land.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ita_site.content.agency_pages import page_url
from ita_site.content.models import Agency
from ita_site.messages.identity import FOOTER
from ita_site.text.digits import to_arabic

# Several numbers are written in one field as "0 4300 0000, 08 1234 5678" or "... หรือ ...".
_SEPARATORS = re.compile(r"\s*(?:[,;/]|\sหรือ\s|\sและ\s)\s*")
# An extension is dialled after the call connects, so the tel: link stops before it.
_EXTENSION = re.compile(r"ต่อ|ext\.?|#", re.IGNORECASE)


@dataclass(frozen=True)
class PhoneNumber:
    label: str          # as the agency wrote it
    tel: str | None     # for a tel: link; None when it does not look like a number


def phone_numbers(text: str | None) -> list[PhoneNumber]:
    """The numbers in agency.yml `phone`, each with the digits a phone dials."""
    numbers = []
    for part in _SEPARATORS.split(text or ""):
        part = part.strip()
        if not part:
            continue
        dialled = _EXTENSION.split(to_arabic(part), maxsplit=1)[0]
        digits = re.sub(r"\D", "", dialled)
        plus = "+" if dialled.lstrip().startswith("+") else ""
        numbers.append(PhoneNumber(part, plus + digits if 3 <= len(digits) <= 15 else None))
    return numbers


def agency_identity(agency: Agency) -> dict:
    """The `ita_agency` variable of the theme's templates (theme/partials/copyright.html,
    logo.html). URLs are site-relative, for Jinja's `url` filter."""
    return {
        "name": agency.name,
        "address": agency.address or agency.place,
        "phones": phone_numbers(agency.phone),
        "email": agency.email,
        "website": agency.website,
        "logo": agency.logo.replace("\\", "/").lstrip("/") if agency.logo else None,
        "contact_url": page_url(agency.contact_page) if agency.contact_page else None,
        "privacy_url": page_url(agency.privacy_page) if agency.privacy_page else None,
        "labels": FOOTER,
    }
