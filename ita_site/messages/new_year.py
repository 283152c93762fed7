"""Messages of `ita-site new-year`."""

from ita_site.messages import Text

SOURCE_MISSING = Text(
    "ไม่มีโฟลเดอร์ปี {year} ที่จะคัดลอกมาตรการมา",
    "there is no year folder {year} to copy measures from",
    "ตรวจเลขปีหลัง --copy-from (ปีที่มีอยู่: {years})",
    "check the year after --copy-from (years there: {years})",
)
SOURCE_HAS_ERRORS = Text(
    "มาตรการของปี {year} มีข้อผิดพลาด {count} รายการ (ด้านบน) จึงยังไม่สร้างปี {new}",
    "the measures of {year} have {count} error(s) (above), so {new} was not created",
    "แก้ข้อผิดพลาดตามที่แจ้ง (ตรวจด้วย ita-site check) แล้วสั่ง new-year อีกครั้ง",
    "fix the errors shown (see `ita-site check`), then run new-year again",
)
COPY_INVALID = Text(
    "สำเนาของมาตรการนี้อ่านกลับไม่ผ่านการตรวจ จึงไม่สร้างปี {new}: {problem}",
    "the copy of this measure would not pass the check, so {new} was not created: {problem}",
    "แจ้งปัญหานี้แก่ผู้พัฒนา และคัดลอกไฟล์นี้ด้วยตนเอง",
    "report this to the developers and copy this file by hand",
)
WRITE_FAILED = Text(
    "เขียนโฟลเดอร์ปี {year} ไม่ได้: {reason}",
    "cannot write the year folder {year}: {reason}",
    "ตรวจสิทธิ์การเขียนและพื้นที่ว่างของโฟลเดอร์เนื้อหา แล้วสั่งอีกครั้ง (ไม่มีไฟล์ใดถูกสร้างค้างไว้)",
    "check write permission and free space of the content folder, then run again "
    "(nothing was left half-made)",
)
CODES_DROPPED = Text(
    "ไม่ได้คัดลอก {field}: {codes} เพราะไม่มีข้อที่ตรงกันใน ITA {year}",
    "{field}: {codes} not copied: ITA {year} has no matching item",
    "ใส่รหัสของปี {year} เองถ้ามาตรการนี้เป็นหลักฐานของข้อใด",
    "add the {year} code yourself if this measure is evidence for an item",
)
