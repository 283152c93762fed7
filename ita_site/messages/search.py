"""Messages of Thai search: what went wrong while preparing the search index, and the fix."""

from __future__ import annotations

from ita_site.messages import Text

SEARCH_INDEX_MISSING = Text(
    th="ไม่พบดัชนีค้นหา {path} หลังสร้างเว็บไซต์ จึงค้นหาภาษาไทยไม่ได้",
    en="The search index {path} was not written by the build, so Thai search cannot work",
    fix_th="เปิดปลั๊กอิน search ใน mkdocs.yml โดยใส่ search ไว้ใต้ plugins",
    fix_en="enable the search plugin in mkdocs.yml: list search under plugins",
)

SEARCH_INDEX_UNREADABLE = Text(
    th="อ่านดัชนีค้นหา {path} ไม่ได้: {reason}",
    en="The search index {path} cannot be read: {reason}",
    fix_th="ลบโฟลเดอร์ site แล้วสร้างเว็บไซต์ใหม่ "
    "หากยังพบปัญหา ให้ตรวจว่าไม่มีปลั๊กอินอื่นเขียนทับไฟล์นี้",
    fix_en="delete the site folder and build again; if it persists, check that no other plugin "
    "rewrites this file",
)
