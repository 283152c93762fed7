"""Small sites for the identity tests: an agency with every identity field, its pages, and
the HTML pages a build made."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin

LOGO = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
        '<circle cx="5" cy="5" r="4" fill="#2e7d32"/></svg>\n')

AGENCY = """\
name: เทศบาลตำบลทดสอบตัวตน
type: เทศบาลตำบล
district: เมือง
province: ขอนแก่น
address: เลขที่ 1 หมู่ที่ 2 ตำบลทดสอบ อำเภอเมือง จังหวัดขอนแก่น 40000
phone: ๐ ๔๓๑๒ ๓๔๕๖ ต่อ 12, 08 1234 5678
email: saraban@identity.example.go.th
logo: assets/logo.svg
"""

FILES = {
    "agency.yml": AGENCY,
    "about/contact.md": "# ติดต่อเรา\n\nที่ทำการเทศบาล\n",
    "about/privacy.md": "# นโยบายความเป็นส่วนตัว\n\nข้อมูลส่วนบุคคล\n",
    "news/index.md": "# ข่าว\n\nข่าวประชาสัมพันธ์\n",
    "2568/year.yml": "survey_code: x0demo\n",
    "2568/measures/a.md": "---\ntitle: มาตรการทดสอบ\nissue: 1\nsteps: [ทำ]\n---\n",
}


def with_logo(root: Path) -> Path:
    (root / "content/assets").mkdir(parents=True, exist_ok=True)
    (root / "content/assets/logo.svg").write_text(LOGO, encoding="utf-8")
    return root


def html_pages(site: Path) -> dict[str, str]:
    """Site-relative URL → HTML of every page the build wrote, 404.html included."""
    pages = {}
    for path in sorted(site.rglob("*.html")):
        rel = path.relative_to(site).as_posix()
        url = rel[: -len("index.html")] if rel.endswith("index.html") else rel
        pages[url] = path.read_text(encoding="utf-8")
    return pages


def footer(html: str) -> str:
    """The agency block of Material's footer (theme/partials/copyright.html)."""
    match = re.search(r'<div class="md-copyright ita-identity">.*?</footer>', html, re.S)
    assert match, "no agency block in the footer"
    return match.group(0)


def target(site: Path, page_url: str, href: str) -> Path:
    """The file a relative link of the page at `page_url` opens."""
    resolved = urljoin("http://x/" + page_url, href)[len("http://x/"):]
    path = site / resolved
    return path / "index.html" if resolved.endswith("/") or resolved == "" else path
