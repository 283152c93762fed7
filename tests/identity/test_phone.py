"""agency.yml `phone` as written, with a tel: link on each number and none on extensions."""

import pytest

from ita_site.pages.identity import PhoneText, phone_parts


@pytest.mark.parametrize("written, links", [
    ("0 4300 0000", ["043000000"]),
    ("๐ ๔๓๑๒ ๓๔๕๖ ต่อ 12, 08 1234 5678", ["043123456", "0812345678"]),
    ("โทร. 043-000000 ต่อ 101 หรือ 081-234-5678", ["043000000", "0812345678"]),
    ("+66 43 000 000 ext. 123", ["+6643000000"]),
    ("สายด่วน 1111", ["1111"]),
    ("โทร 0-4300-0000 โทรสาร 0-4300-0001", ["043000000"]),
    ("0 4300 0000 Fax: 0 4300 0001", ["043000000"]),
    ("ติดต่อผ่านไลน์", []),
])
def test_each_number_is_dialled_and_extensions_are_not(written, links):
    parts = phone_parts(written)
    assert "".join(part.text for part in parts) == written
    assert [part.tel for part in parts if part.tel] == links


def test_text_around_numbers_is_kept_as_written():
    assert phone_parts("สำนักปลัด 043-000000 ต่อ 12") == [
        PhoneText("สำนักปลัด "), PhoneText("043-000000", "043000000"), PhoneText(" ต่อ 12")]
    assert phone_parts(None) == []
