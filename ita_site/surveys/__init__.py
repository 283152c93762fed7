"""IIT/EIT survey links and their QR codes.

links.py reads and checks `survey_code` / `surveys` of a year; qr.py encodes a checked link
(segno) and draws it as SVG and PNG; cache.py keeps encoded codes on disk between builds.
"""

from ita_site.surveys.cache import QrCache, cache_key
from ita_site.surveys.links import (
    DEFAULT_ALLOWED_HOSTS,
    InvalidSurveyLink,
    SurveyKind,
    SurveyLinks,
    allowed_survey_hosts,
    check_survey_code,
    check_survey_url,
    links_from_code,
    read_survey_links,
)
from ita_site.surveys.qr import QrCode, encode_qr

__all__ = [
    "DEFAULT_ALLOWED_HOSTS", "InvalidSurveyLink", "QrCache", "QrCode", "SurveyKind", "SurveyLinks",
    "allowed_survey_hosts", "cache_key", "check_survey_code", "check_survey_url", "encode_qr",
    "links_from_code", "read_survey_links",
]
