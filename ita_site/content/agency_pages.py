"""agency.yml `contact_page`, `privacy_page` and the policy pages: the pages every footer links
to (the Government Website Standard asks for each on every page).

Each names a Markdown file under content/. When a field is absent the conventional file
(about/contact.md, about/privacy.md, about/website-policy.md …) is used if the site has it; a page that is named but
missing is an error, since the broken link would be on every page of the site.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from ita_site.content.fields import FieldReader, describe
from ita_site.content.models import Agency
from ita_site.messages import identity as msg

DEFAULT_PAGES = {"contact_page": "about/contact.md", "privacy_page": "about/privacy.md",
                 "website_policy_page": "about/website-policy.md",
                 "security_policy_page": "about/security-policy.md",
                 "cookie_policy_page": "about/cookie-policy.md",
                 "accessibility_page": "about/accessibility.md"}


def resolve_agency_pages(reader: FieldReader, content_dir: Path, agency: Agency) -> None:
    """Set `agency.contact_page`/`privacy_page` to a checked src path, or None."""
    for field, default in DEFAULT_PAGES.items():
        given = getattr(agency, field)
        if given is None:
            setattr(agency, field, default if (content_dir / default).is_file() else None)
            continue
        setattr(agency, field, None)
        path = PurePosixPath(given.replace("\\", "/"))
        values = {"field": field, "got": describe(given), "example": default}
        if path.is_absolute() or ".." in path.parts:
            reader.error(field, msg.PAGE_OUTSIDE.format(**values))
        elif path.suffix.lower() != ".md":
            reader.error(field, msg.PAGE_NOT_MARKDOWN.format(**values))
        elif not (content_dir / path).is_file():
            reader.error(field, msg.PAGE_MISSING.format(**{**values, "got": str(path)}))
        else:
            setattr(agency, field, str(path))


def page_url(src_path: str) -> str:
    """Site-relative URL of a Markdown file with directory URLs: about/contact.md → about/contact/."""
    stem = src_path[:-3]
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"
