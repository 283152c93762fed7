"""The content check's word on a list item indented under the one above it."""

from __future__ import annotations

from ita_site.messages import Text

OVER_INDENTED_ITEM = Text(
    "รายการ \"{item}\" ย่อหน้าลึกกว่ารายการด้านบน จึงถูกอ่านรวมเป็นข้อความเดียวกับรายการก่อนหน้า: \"{merged}\"",
    "the list item \"{item}\" is indented deeper than the item above, so it is read as part of "
    "that item: \"{merged}\"",
    "ให้เครื่องหมาย - ของทุกรายการในรายการเดียวกันย่อหน้าเท่ากัน",
    "line up the - of every item of the list at the same indentation",
)
