"""The IIT and EIT survey links of one ITA year, checked before any QR code is drawn.

A wrong QR code on a poster sends staff or citizens to a wrong or hostile site, and nobody
reads the address a phone opens. So a link is accepted only in one plain shape:
``https://<allowed host>/<path>``, printable ASCII, no user part, no port, no backslash,
host compared whole with the allow-list. Anything else is a Problem that stops the build.

The checks are deliberately stricter than URL parsers: browsers, Python's urllib and phone
QR readers disagree on backslashes, tabs, ``@`` and look-alike letters, and a link that only
one of them reads as ITAS is exactly the link an attacker would write.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import Enum

from ita_site.base.problems import Problems
from ita_site.base.yamlfile import describe as _describe  # same wording as every file
from ita_site.messages import Text
from ita_site.messages import surveys as msg

ITAS_HOST = "itas.nacc.go.th"
DEFAULT_ALLOWED_HOSTS = frozenset({ITAS_HOST})
# ITAS links are about 40 characters (a version-4 code). 200 gives version 12 at level Q,
# 73 modules with the quiet zone: still readable in the compact block; longer is too dense.
MAX_URL_LENGTH = 200
SURVEY_CODE = re.compile(r"[A-Za-z0-9_-]{1,32}")  # used with fullmatch

# One host-name label: letters, digits, inner hyphens; a name needs at least two labels.
_HOST_NAME = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
# RFC 3986 characters allowed after the host: unreserved, sub-delims, ":@/?#" and "%" escapes.
_AFTER_HOST_CHARS = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/?#%"
)
_EMBEDDED_URL = re.compile(
    r"(?:/|%2f){2}|(?<![a-z0-9])(?:https?|javascript|vbscript|data|file)(?::|%3a)", re.IGNORECASE)
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_ITAS_KIND_PATH = re.compile(r"/go/(iit|eit)(?:/|$)", re.IGNORECASE)

LineOf = Callable[[tuple], "int | None"]


def _no_line(path: tuple) -> None:
    return None


class SurveyKind(str, Enum):
    """The two surveys an agency invites people to answer."""

    IIT = "iit"  # staff
    EIT = "eit"  # citizens and service users

    @property
    def short(self) -> str:
        return self.value.upper()


@dataclass(frozen=True)
class SurveyLinks:
    """Checked links of one year; None where the link is not published (yet)."""

    iit: str | None = None
    eit: str | None = None

    def get(self, kind: SurveyKind) -> str | None:
        return self.iit if kind is SurveyKind.IIT else self.eit

    def published(self) -> list[tuple[SurveyKind, str]]:
        """The (kind, URL) pairs that have a link, IIT first."""
        return [(kind, url) for kind in SurveyKind if (url := self.get(kind)) is not None]

    def __bool__(self) -> bool:
        return self.iit is not None or self.eit is not None


class InvalidSurveyLink(ValueError):
    """A survey link or code that must not become a QR code; `text` says why and how to fix it."""

    def __init__(self, text: Text):
        self.text = text
        super().__init__(text.en)


def shown(value: str, limit: int = 120) -> str:
    """`value` safe to print in a message: control and non-ASCII characters as escapes."""
    out = []
    for char in value[:limit]:
        out.append(char if " " < char <= "~" else f"\\u{ord(char):04x}" if ord(char) < 0x10000
                   else f"\\U{ord(char):08x}")
    return "".join(out) + ("…" if len(value) > limit else "")


def _char_name(char: str) -> str:
    return f"U+{ord(char):04X} {unicodedata.name(char, 'UNNAMED')}"


def check_survey_url(value: object, kind: SurveyKind,
                     allowed_hosts: Iterable[str] = DEFAULT_ALLOWED_HOSTS) -> str:
    """The canonical form of a survey link (scheme and host lower-cased), or InvalidSurveyLink.

    Accepted only: ``https://`` + a host equal to one of `allowed_hosts` + a path of RFC 3986
    characters that is more than "/", without "//", "." or ".." segments and without another
    address inside it (``?next=https://...``), at most MAX_URL_LENGTH characters of printable
    ASCII. A /go/iit/ or /go/eit/ path must match `kind`.
    """
    allowed = frozenset(allowed_hosts)
    facts = {"kind": kind.short, "kind_lower": kind.value}
    if not isinstance(value, str):
        raise InvalidSurveyLink(msg.URL_NOT_TEXT.format(got=_describe(value), **facts))
    facts["shown"] = shown(value)
    if len(value) > MAX_URL_LENGTH:
        raise InvalidSurveyLink(msg.URL_TOO_LONG.format(length=len(value), limit=MAX_URL_LENGTH,
                                                        **facts))
    for position, char in enumerate(value, start=1):
        if char.isspace() or ord(char) < 0x21 or ord(char) == 0x7F:
            raise InvalidSurveyLink(msg.URL_SPACE_OR_CONTROL.format(
                char=_char_name(char), position=position, **facts))
        if ord(char) > 0x7E:
            raise InvalidSurveyLink(msg.URL_NOT_ASCII.format(
                char=_char_name(char), position=position, **facts))
        if char == "\\":
            raise InvalidSurveyLink(msg.URL_BACKSLASH.format(**facts))
    scheme = _SCHEME.match(value)
    if scheme and scheme.group(1).lower() == "http":
        raise InvalidSurveyLink(msg.URL_NOT_HTTPS.format(**facts))
    # "https:/host" and "https:host" are read as https://host by browsers; accept only "//".
    if value[:8].lower() != "https://":
        raise InvalidSurveyLink(msg.URL_BAD_SCHEME.format(**facts))
    rest = value[8:]
    end = min((i for i in (rest.find(c) for c in "/?#") if i >= 0), default=len(rest))
    authority, after = rest[:end], rest[end:]
    if "@" in authority:
        raise InvalidSurveyLink(msg.URL_USERINFO.format(**facts))
    if ":" in authority:  # a port, or an IPv6 literal: neither is an ITAS address
        raise InvalidSurveyLink(msg.URL_PORT.format(**facts))
    host = authority.lower()  # host names are case-insensitive; compare and encode lower-case
    if not _HOST_NAME.fullmatch(host) or len(host) > 253:
        raise InvalidSurveyLink(msg.URL_BAD_HOST.format(host=shown(authority) or "-", **facts))
    if host not in allowed:
        raise InvalidSurveyLink(msg.URL_HOST_NOT_ALLOWED.format(
            host=host, allowed=", ".join(sorted(allowed)), **facts))
    _check_after_host(after, len(value) - len(after), facts)
    other = _ITAS_KIND_PATH.match(after)
    if other and other.group(1).lower() != kind.value:
        raise InvalidSurveyLink(msg.URL_WRONG_KIND.format(other=other.group(1).upper(), **facts))
    return f"https://{host}{after}"


def _check_after_host(after: str, offset: int, facts: dict) -> None:
    """Path, query and fragment: present, RFC 3986 characters, well-formed % escapes.

    `offset` is where `after` starts in the whole link, so messages can give a position.
    """
    if not after.startswith("/") or re.split(r"[?#]", after, maxsplit=1)[0] == "/":
        raise InvalidSurveyLink(msg.URL_NO_PATH.format(**facts))
    for index, char in enumerate(after):
        if char not in _AFTER_HOST_CHARS:
            raise InvalidSurveyLink(msg.URL_BAD_CHAR.format(
                char=repr(char), position=offset + index + 1, **facts))
    bad_escape = _BAD_PERCENT.search(after)
    if bad_escape:
        raise InvalidSurveyLink(msg.URL_BAD_PERCENT.format(
            position=offset + bad_escape.start() + 1, **facts))
    path = re.split(r"[?#]", after, maxsplit=1)[0]
    segments = [s.lower().replace("%2e", ".") for s in path.split("/")[1:]]
    # "//" reads as another host to some redirectors; dot segments climb out of the path.
    if "" in segments[:-1] or any(s in (".", "..") for s in segments):
        raise InvalidSurveyLink(msg.URL_ODD_PATH.format(**facts))
    # A link carrying another address ("?next=https://...") is how open redirects are abused.
    if _EMBEDDED_URL.search(after):
        raise InvalidSurveyLink(msg.URL_EMBEDDED.format(**facts))


def check_survey_code(value: object) -> str:
    """The survey code itself when it matches SURVEY_CODE, else InvalidSurveyLink."""
    if not isinstance(value, str):
        raise InvalidSurveyLink(msg.CODE_NOT_TEXT.format(got=_describe(value)))
    if not SURVEY_CODE.fullmatch(value):
        raise InvalidSurveyLink(msg.CODE_BAD.format(shown=shown(value)))
    return value


def links_from_code(code: str) -> SurveyLinks:
    """ITAS's links for a checked survey code: /go/iit/<code> and /go/eit/<code>."""
    code = check_survey_code(code)
    return SurveyLinks(iit=f"https://{ITAS_HOST}/go/iit/{code}",
                       eit=f"https://{ITAS_HOST}/go/eit/{code}")


def allowed_survey_hosts(extra: Iterable[object] | None, *, problems: Problems,
                         path: str = "mkdocs.yml", field: str = "survey_hosts") -> frozenset[str]:
    """DEFAULT_ALLOWED_HOSTS plus a site's own hosts; entries that are not plain host names
    (a scheme, a path, a port, a wildcard, non-ASCII) are reported and left out."""
    hosts = set(DEFAULT_ALLOWED_HOSTS)
    for entry in extra or ():
        name = entry.lower() if isinstance(entry, str) else None
        if name is None or not _HOST_NAME.fullmatch(name) or len(name) > 253:
            problems.error(path, msg.HOST_ENTRY_BAD.format(shown=shown(str(entry))), field=field)
            continue
        hosts.add(name)
    return frozenset(hosts)


def _is_unset(value: object) -> bool:
    return value is None or value == ""


def read_survey_links(year_data: Mapping, *, path: str, problems: Problems,
                      line_of: LineOf = _no_line,
                      allowed_hosts: Iterable[str] = DEFAULT_ALLOWED_HOSTS) -> SurveyLinks:
    """The checked links of a year from its year.yml data (`survey_code` or `surveys`).

    Every mistake is added to `problems` as an error naming the field and line; a link with a
    mistake is left out (None), so no QR code is ever drawn for it. Missing or empty settings
    are no mistake: the year simply has no published links yet.
    """
    allowed = frozenset(allowed_hosts)
    code, surveys = year_data.get("survey_code"), year_data.get("surveys")

    def error(keys: tuple, text: Text) -> None:
        problems.error(path, text, line=line_of(keys), field=".".join(map(str, keys)))

    if not _is_unset(code) and not _is_unset(surveys):
        error(("surveys",), msg.CODE_AND_SURVEYS)
        return SurveyLinks()
    if not _is_unset(code):
        try:
            return links_from_code(code)
        except InvalidSurveyLink as exc:
            error(("survey_code",), exc.text)
            return SurveyLinks()
    if _is_unset(surveys):
        return SurveyLinks()
    if not isinstance(surveys, Mapping):
        error(("surveys",), msg.SURVEYS_NOT_MAPPING.format(got=_describe(surveys)))
        return SurveyLinks()
    found: dict[SurveyKind, str] = {}
    seen: set[SurveyKind] = set()
    for key, value in surveys.items():
        kind = next((k for k in SurveyKind if isinstance(key, str) and key.lower() == k.value), None)
        if kind is None or kind in seen:  # "IIT" beside "iit" is one key too many
            error(("surveys", key), msg.SURVEYS_UNKNOWN_KEY.format(key=shown(str(key))))
            continue
        seen.add(kind)
        if _is_unset(value):
            continue
        try:
            found[kind] = check_survey_url(value, kind, allowed)
        except InvalidSurveyLink as exc:
            error(("surveys", key), exc.text)
    links = SurveyLinks(iit=found.get(SurveyKind.IIT), eit=found.get(SurveyKind.EIT))
    if links.iit is not None and links.iit == links.eit:
        error(("surveys",), msg.URL_SAME_FOR_BOTH.format(shown=links.iit))
        return SurveyLinks()
    return links
