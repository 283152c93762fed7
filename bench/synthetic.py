"""Synthetic agency content of any size, shaped like the real reports in tests/importer/data/."""

from __future__ import annotations

import random
from pathlib import Path

STEPS = [
    "จัดทำคู่มือการให้บริการและแนวทางการปฏิบัติงาน โดยระบุขั้นตอน ระยะเวลา และค่าธรรมเนียม",
    "ทบทวนคู่มือการให้บริการประชาชนให้เป็นปัจจุบัน",
    "ประชาสัมพันธ์ผ่านเว็บไซต์หลักของหน่วยงานและช่องทางสื่อสังคมออนไลน์",
    "จัดประชุมชี้แจงเจ้าหน้าที่ทุกส่วนราชการ",
    "รายงานผลการดำเนินงานต่อผู้บริหารทุกไตรมาส",
    "เปิดเผยข้อมูลการจัดซื้อจัดจ้างและการใช้จ่ายงบประมาณ",
]
OUTPUTS = [
    "มีคู่มือการให้บริการประชาชนที่ปรับปรุงให้เป็นปัจจุบัน ครอบคลุมทุกภารกิจหลัก",
    "เผยแพร่ข้อมูลบนเว็บไซต์หลักของหน่วยงานครบทุกรายการ",
    "เจ้าหน้าที่เข้าร่วมการประชุมชี้แจง ร้อยละ 95",
    "จัดทำรายงานสรุปผลการจัดซื้อจัดจ้างรายเดือน 12 ฉบับ",
]
OUTCOMES = [
    "ประชาชนเข้าถึงข้อมูลและขั้นตอนการรับบริการได้ง่ายขึ้น",
    "ลดข้อร้องเรียนเกี่ยวกับความไม่ชัดเจนของขั้นตอนการให้บริการ",
    "การใช้จ่ายงบประมาณมีความโปร่งใส ตรวจสอบได้",
]
UNITS = ["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา", "ทุกส่วนราชการ"]
TITLES = [
    "การปฏิบัติหรือให้บริการแก่บุคคลภายนอกเป็นไปตามขั้นตอนและระยะเวลาที่กำหนด",
    "การเปิดเผยข้อมูลการใช้จ่ายงบประมาณประจำปี",
    "การส่งเสริมการใช้ทรัพย์สินของราชการอย่างถูกต้อง",
    "การประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัล (No Gift Policy)",
    "การพัฒนาระบบการให้บริการออนไลน์ (E-Service)",
    "การป้องกันผลประโยชน์ทับซ้อนในการปฏิบัติหน้าที่",
]

AGENCY = "name: องค์การบริหารส่วนตำบลทดสอบสมรรถนะ\ntype: องค์การบริหารส่วนตำบล\nprovince: ขอนแก่น\n"


def _yaml_list(name: str, items: list[str]) -> str:
    return f"{name}:\n" + "".join(f"  - {item}\n" for item in items)


def measure_text(rng: random.Random, index: int, year: int) -> str:
    title = f"{rng.choice(TITLES)} (มาตรการที่ {index})"
    lines = [
        "---",
        f"title: {title}",
        f"order: {index}",
        f"issue: {rng.randint(1, 7)}" if year >= 2568 else f"indicators: [{rng.randint(1, 10)}]",
        _yaml_list("steps", rng.sample(STEPS, 3)).rstrip(),
        f"period: ต.ค. {year - 1} – ก.ย. {year}",
        _yaml_list("responsible", rng.sample(UNITS, 2)).rstrip(),
        _yaml_list("outputs", rng.sample(OUTPUTS, 2)).rstrip(),
        _yaml_list("outcomes", rng.sample(OUTCOMES, 2)).rstrip(),
        "status: done",
        "---",
        "",
        f"มาตรการนี้ดำเนินการในปีงบประมาณ พ.ศ. {year} เพื่อยกระดับคุณธรรมและความโปร่งใส "
        "ของหน่วยงาน โดยมีการติดตามผลและรายงานต่อผู้บริหารอย่างต่อเนื่อง",
        "",
    ]
    return "\n".join(lines)


def write_content(folder: Path, measures: int, years: list[int], seed: int = 1) -> None:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "agency.yml").write_text(AGENCY, encoding="utf-8")
    per_year = [measures // len(years) + (1 if i < measures % len(years) else 0)
                for i in range(len(years))]
    for year, count in zip(years, per_year):
        target = folder / str(year) / "measures"
        target.mkdir(parents=True, exist_ok=True)
        for index in range(1, count + 1):
            (target / f"m{index:05d}.md").write_text(measure_text(rng, index, year),
                                                     encoding="utf-8")
