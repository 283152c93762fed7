"""HTML of the IIT/EIT survey feature: the survey page, the compact block, the A4 poster.

Each function returns a fragment to place in a page's content (Material wraps it); the CSS
is theme/assets/stylesheets/surveys.css, every class prefixed `ita-`. All text is escaped
here; the only markup passed in is the inline SVG from QrCode.svg_inline.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from html import escape

from ita_site.messages import surveys as msg
from ita_site.surveys.cache import QrCache
from ita_site.surveys.links import SurveyKind, SurveyLinks

_LABELS = {SurveyKind.IIT: msg.IIT_LABEL, SurveyKind.EIT: msg.EIT_LABEL}
_AUDIENCES = {SurveyKind.IIT: msg.IIT_AUDIENCE, SurveyKind.EIT: msg.EIT_AUDIENCE}
_INVITES = {SurveyKind.IIT: msg.IIT_INVITE, SurveyKind.EIT: msg.EIT_INVITE}


@dataclass(frozen=True)
class SurveyCodeAssets:
    """What a page shows of one survey's code: its inline SVG and where its files are."""

    svg: str  # QrCode.svg_inline(survey_qr_label(kind, url))
    svg_href: str
    png_href: str
    poster_href: str | None = None


def survey_files(links: SurveyLinks, cache: QrCache
                 ) -> tuple[dict[SurveyKind, SurveyCodeAssets], dict[str, bytes]]:
    """Codes of every published link, ready for the pages, and the files to write beside the
    survey page: qr-iit.svg, qr-iit.png, qr-eit.svg, qr-eit.png. Hrefs are relative to the
    survey page (/<year>/surveys/); each poster is expected at poster-<kind>/ below it."""
    assets: dict[SurveyKind, SurveyCodeAssets] = {}
    files: dict[str, bytes] = {}
    for kind, url in links.published():
        code = cache.get(url)
        label = survey_qr_label(kind, url)
        svg_name, png_name = f"qr-{kind.value}.svg", f"qr-{kind.value}.png"
        files[svg_name], files[png_name] = code.svg_file(label), code.png
        assets[kind] = SurveyCodeAssets(svg=code.svg_inline(label), svg_href=svg_name,
                                        png_href=png_name, poster_href=f"poster-{kind.value}/")
    return assets, files


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _checked_svg(svg: str) -> str:
    # Markup inserted unescaped: accept only what QrCode.svg_inline makes.
    if not (svg.startswith("<svg ") and svg.endswith("</svg>")) or "<script" in svg.lower():
        raise ValueError("expected an inline SVG from QrCode.svg_inline")
    return svg


def survey_label(kind: SurveyKind) -> str:
    """The Thai name agencies use, e.g. แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)."""
    return _LABELS[kind].th


def survey_qr_label(kind: SurveyKind, url: str) -> str:
    """Accessible name of a code (aria-label and <title> of its SVG): the survey and its link."""
    return msg.QR_LABEL.th.format(label=survey_label(kind), url=url)


def survey_download_name(kind: SurveyKind, year_be: int, extension: str) -> str:
    """File name a downloaded code gets, e.g. ita-2568-iit-qr.png."""
    return f"ita-{int(year_be)}-{kind.value}-qr.{extension}"


def survey_page_title(year_be: int) -> str:
    return msg.PAGE_TITLE.th.format(year=int(year_be))


def survey_poster_title(kind: SurveyKind, year_be: int) -> str:
    return msg.POSTER_TITLE.th.format(short=kind.short, year=int(year_be))


def _assets_for(kind: SurveyKind, assets: Mapping[SurveyKind, SurveyCodeAssets]) -> SurveyCodeAssets:
    if kind not in assets:
        raise ValueError(f"no rendered QR code given for the published {kind.short} link")
    return assets[kind]


def _origins(links: SurveyLinks) -> str:
    origins = sorted({"/".join(url.split("/")[:3]) for _, url in links.published()})
    return " หรือ ".join(origins)


def survey_page_body(agency_name: str, year_be: int, links: SurveyLinks,
                     assets: Mapping[SurveyKind, SurveyCodeAssets]) -> str:
    """Body of /<year>/surveys/: per survey its label, audience, code, link, button and files;
    then how to answer. Without any link: one notice that the links are not yet published."""
    year = int(year_be)
    assessment = msg.ASSESSMENT.th.format(year=year)
    parts = [f'<div class="ita-surveys" lang="th">']
    if not links:
        parts.append(f'<p class="ita-surveys__pending" role="status">'
                     f"{_e(msg.NOT_PUBLISHED_ALL.th.format(year=year))}</p></div>")
        return "\n".join(parts)
    parts.append(f'<p class="ita-surveys__intro">'
                 f"{_e(msg.PAGE_INTRO.th.format(agency=agency_name, assessment=assessment))}</p>")
    parts.append('<div class="ita-surveys__grid">')
    for kind in SurveyKind:
        parts.append(_survey_card(kind, year, links.get(kind), assets))
    parts.append("</div>")
    steps = "".join(f"<li>{_e(step.th.format(origins=_origins(links)))}</li>"
                    for step in msg.HOWTO_STEPS)
    parts.append(f'<section class="ita-surveys__howto" aria-labelledby="ita-surveys-howto">'
                 f'<h2 id="ita-surveys-howto">{_e(msg.HOWTO_TITLE.th)}</h2><ol>{steps}</ol></section>')
    parts.append("</div>")
    return "\n".join(parts)


def url_text_html(url: str) -> str:
    """A URL shown as text that a narrow screen breaks after a slash, not inside a word."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        scheme, rest = "", url
    head = _e(scheme + sep)
    return head + "/<wbr>".join(_e(part) for part in rest.split("/"))


def _survey_card(kind: SurveyKind, year: int, url: str | None,
                 assets: Mapping[SurveyKind, SurveyCodeAssets]) -> str:
    head = (f'<section class="ita-survey ita-survey--{kind.value}" '
            f'aria-labelledby="ita-survey-{kind.value}">'
            f'<h2 id="ita-survey-{kind.value}" class="ita-survey__label">{_e(survey_label(kind))}</h2>'
            f'<p class="ita-survey__audience">{_e(_AUDIENCES[kind].th)}</p>')
    if url is None:
        return (head + f'<p class="ita-survey__pending" role="status">'
                f"{_e(msg.NOT_PUBLISHED_ONE.th.format(year=year))}</p></section>")
    files = _assets_for(kind, assets)
    downloads = [
        f'<a href="{_e(files.svg_href)}" download="{_e(survey_download_name(kind, year, "svg"))}">'
        f"{_e(msg.DOWNLOAD_SVG.th)}</a>",
        f'<a href="{_e(files.png_href)}" download="{_e(survey_download_name(kind, year, "png"))}">'
        f"{_e(msg.DOWNLOAD_PNG.th)}</a>",
    ]
    if files.poster_href:
        downloads.append(f'<a href="{_e(files.poster_href)}">{_e(msg.POSTER_LINK.th)}</a>')
    return (
        head
        + f'<div class="ita-qr-frame">{_checked_svg(files.svg)}</div>'
        + f'<p class="ita-survey__link">{_e(msg.LINK_LABEL.th)} '
          f'<a href="{_e(url)}" rel="noopener" translate="no">{url_text_html(url)}</a></p>'
        + f'<p class="ita-survey__actions"><a class="md-button md-button--primary ita-survey__open" '
          f'href="{_e(url)}" rel="noopener">{_e(msg.OPEN_BUTTON.th.format(short=kind.short))}</a></p>'
        + f'<p class="ita-survey__files">{_e(msg.DOWNLOADS.th)} '
        + '<span class="ita-survey__sep" aria-hidden="true"> · </span>'.join(downloads)
        + "</p></section>"
    )


def survey_codes_compact(year_be: int, links: SurveyLinks,
                         assets: Mapping[SurveyKind, SurveyCodeAssets], page_href: str,
                         heading_level: int = 2) -> str:
    """Both codes side by side, small, for the home page and the current year's page; each
    code links to its survey, and a line links to the survey page. Without any link: the
    not-yet-published notice and the page link."""
    year = int(year_be)
    level = min(max(int(heading_level), 2), 6)
    parts = [f'<section class="ita-survey-compact" lang="th" aria-labelledby="ita-survey-compact-title">',
             f'<h{level} id="ita-survey-compact-title">'
             f"{_e(msg.COMPACT_TITLE.th.format(year=year))}</h{level}>"]
    if not links:
        parts.append(f'<p class="ita-surveys__pending" role="status">'
                     f"{_e(msg.NOT_PUBLISHED_ALL.th.format(year=year))}</p>")
    else:
        parts.append('<ul class="ita-survey-compact__codes">')
        for kind, url in links.published():
            files = _assets_for(kind, assets)
            parts.append(
                f'<li class="ita-survey-compact__item"><a href="{_e(url)}" rel="noopener">'
                f'<span class="ita-qr-frame">{_checked_svg(files.svg)}</span>'
                f'<span class="ita-survey-compact__label">{_e(survey_label(kind))}</span></a></li>')
        parts.append("</ul>")
    parts.append(f'<p class="ita-survey-compact__more"><a href="{_e(page_href)}">'
                 f"{_e(msg.COMPACT_MORE.th)}</a></p></section>")
    return "\n".join(parts)


def survey_poster_body(agency_name: str, year_be: int, kind: SurveyKind, url: str,
                       svg: str) -> str:
    """An A4 portrait poster of one survey: agency, invitation, survey name, ITA year, a code
    about 12 cm wide in print, the link as text; a print button shown on screen only."""
    year = int(year_be)
    return "\n".join([
        f'<article class="ita-poster ita-poster--{kind.value}" lang="th">',
        f'<p class="ita-poster__agency">{_e(agency_name)}</p>',
        f'<h1 class="ita-poster__title"><span class="ita-poster__invite">{_e(_INVITES[kind].th)}</span> '
        f'<span class="ita-poster__survey">{_e(survey_label(kind))}</span></h1>',
        f'<p class="ita-poster__year">{_e(msg.ASSESSMENT.th.format(year=year))}</p>',
        f'<p class="ita-poster__audience">{_e(_AUDIENCES[kind].th)}</p>',
        f'<div class="ita-qr-frame ita-poster__code">{_checked_svg(svg)}</div>',
        f'<p class="ita-poster__scan">{_e(msg.POSTER_SCAN.th)}</p>',
        f'<p class="ita-poster__url" translate="no">{url_text_html(url)}</p>',
        f'<p class="ita-poster__actions"><button type="button" class="md-button ita-poster__print" '
        f'onclick="window.print()">{_e(msg.POSTER_PRINT.th)}</button> '
        f'<span class="ita-poster__hint">{_e(msg.POSTER_PRINT_HINT.th)}</span></p>',
        "</article>",
    ])
