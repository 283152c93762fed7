"""Messages about mkdocs.yml settings that would make visitors' browsers ask another host."""

from ita_site.messages import Text

MERMAID = Text(
    "pymdownx.superfences มี custom fence ของ mermaid ซึ่งทำให้ทุกหน้าที่มีแผนภาพโหลดโปรแกรม "
    "mermaid จาก unpkg.com (บุคคลภายนอก ส่งข้อมูลผู้เข้าชมออกไป)",
    "the mermaid custom fence of pymdownx.superfences makes every page with a diagram load "
    "mermaid from unpkg.com (a third party that receives visitors' data)",
    "วางไฟล์ mermaid.min.js ไว้ในเว็บไซต์ (เช่น content/assets/javascripts/mermaid.min.js) และเพิ่มไว้ใน "
    "extra_javascript ของ mkdocs.yml ห้ามใช้ลิงก์ CDN; หรือเอา custom fence ของ mermaid ออก",
    "put a copy of mermaid.min.js in the site (e.g. content/assets/javascripts/mermaid.min.js) "
    "and list it under extra_javascript in mkdocs.yml, not a CDN link; or remove the mermaid "
    "custom fence",
)
REPO_URL = Text(
    "repo_url ({url}) ทำให้ธีม Material ดึงข้อมูลที่เก็บโค้ด (ดาว, fork, รุ่น) จาก API ของ "
    "GitHub/GitLab ในเครื่องของผู้เข้าชมทุกคน",
    "repo_url ({url}) makes Material fetch the repository's facts (stars, forks, version) from "
    "the GitHub/GitLab API in every visitor's browser",
    "ลบ repo_url ออกจาก mkdocs.yml แล้วใส่ลิงก์ไว้ใน extra.social หรือเป็นลิงก์ธรรมดาในหน้าเว็บ "
    "(repo_url ที่อยู่บนเซิร์ฟเวอร์อื่นที่ไม่ใช่ GitHub/GitLab เป็นเพียงลิงก์ จึงใช้ได้)",
    "remove repo_url from mkdocs.yml and give the link under extra.social or as a plain link "
    "on a page (a repo_url on a server other than GitHub/GitLab is only a link and is allowed)",
)
EMOJI = Text(
    "pymdownx.emoji ตั้งให้แสดงอีโมจิเป็นรูปจาก CDN (cdnjs / jsdelivr) ซึ่งเป็นบุคคลภายนอก",
    "pymdownx.emoji is set to show emoji as images from a CDN (cdnjs / jsdelivr), a third party",
    "ตั้ง emoji_generator: !!python/name:pymdownx.emoji.to_alt (อีโมจิเป็นตัวอักษร ไม่โหลดอะไร) "
    "หรือใช้ emoji_index: !!python/name:material.extensions.emoji.twemoji กับ emoji_generator: "
    "!!python/name:material.extensions.emoji.to_svg และ options: image_path: ที่ชี้ไปยังโฟลเดอร์รูป "
    "twemoji ในเว็บไซต์เอง",
    "set `emoji_generator: !!python/name:pymdownx.emoji.to_alt` (emoji as characters, nothing "
    "loaded), or use `emoji_index: !!python/name:material.extensions.emoji.twemoji` with "
    "`emoji_generator: !!python/name:material.extensions.emoji.to_svg` (icons inlined) and "
    "`options: image_path:` set to a folder of twemoji SVGs inside the site",
)
REMOTE_ASSET = Text(
    "{setting} โหลดไฟล์จากเว็บไซต์อื่น: {url}",
    "{setting} loads a file from another host: {url}",
    "ดาวน์โหลดไฟล์นั้นมาไว้ในโฟลเดอร์ content/ แล้วอ้างถึงด้วยที่อยู่ในเว็บไซต์ เช่น assets/...",
    "download that file into content/ and name it by its path in the site, e.g. assets/...",
)
ANALYTICS = Text(
    "extra.analytics (provider: {provider}) ส่งข้อมูลผู้เข้าชมให้บริการวิเคราะห์ของบุคคลภายนอก",
    "extra.analytics (provider: {provider}) sends visitors' data to a third-party analytics service",
    "ลบ extra.analytics ออกจาก mkdocs.yml (ใช้สถิติจากบันทึกของเว็บเซิร์ฟเวอร์ของหน่วยงานแทน)",
    "remove extra.analytics from mkdocs.yml (use the agency's own web server logs instead)",
)
