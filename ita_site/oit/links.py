"""Evidence links given in year.yml `oit:`, checked against the site."""

from __future__ import annotations

from ita_site.content.models import Year
from ita_site.messages import files as files_msg
from ita_site.messages import oit as msg
from ita_site.oit.model import Evidence
from ita_site.oit.targets import TargetResolver
from ita_site.text.urls import shown


def year_links(year: Year, resolver: TargetResolver, problems):
    """(code, Evidence) for each link of year.yml `oit:`; broken or malformed links are errors,
    because an assessor who opens them loses the item."""
    if year.data is None:
        return
    for code, links in year.data.oit_links.items():
        for link in links:
            target = resolver.resolve(link.url)
            if target.kind == "malformed":
                problems.error(year.data.src_path, msg.MALFORMED_LINK.format(
                    code=code, url=shown(link.url)), line=link.line, field=f"oit.{code}")
                continue
            if target.kind == "unpublished":
                problems.error(year.data.src_path, files_msg.LINK_NOT_PUBLISHED.format(
                    code=code, url=link.url), line=link.line, field=f"oit.{code}")
                continue
            if target.kind == "broken":
                hint = link.url.lstrip("/")
                problems.error(year.data.src_path, msg.BROKEN_LINK.format(
                    code=code, url=link.url, url_hint=hint), line=link.line, field=f"oit.{code}")
                continue
            yield code, Evidence(target.kind, link.title, target.url, year.data.src_path)
