"""Messages about content that would be unsafe to publish as it is (exports, settings)."""

from ita_site.messages import Text

EXPORT_URL = Text(
    "ลิงก์ของข้อ {code} ปี {year} มีช่องว่าง ขึ้นบรรทัดใหม่ หรือเป็นลิงก์ที่เรียกใช้สคริปต์: {url!r} "
    "จึงไม่เขียนลงไฟล์ส่งออกสำหรับ ITAS",
    "the link of item {code} of {year} holds a space, a line break or a scheme that runs code: "
    "{url!r}, so it is not written to the ITAS exports",
    "แก้ลิงก์ใน year.yml (oit:) ให้เป็นที่อยู่ของหน้าในเว็บไซต์หรือ https:// ที่ไม่มีช่องว่าง",
    "correct the link in year.yml (oit:) to a site path or an https:// address without spaces",
)
