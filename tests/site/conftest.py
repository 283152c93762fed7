import pytest

from tests.sitebuild import shared_build

MEASURES = {
    "2568/year.yml": "ita_year: 2568\n",
    "2568/measures/service-manual.md": """
        ---
        title: การปฏิบัติหรือให้บริการแก่บุคคลภายนอกเป็นไปตามขั้นตอน
        order: 1
        issue: 1
        steps:
          - จัดทำคู่มือการให้บริการ
          - ทบทวนคู่มือให้เป็นปัจจุบัน
        period: ตลอดปีงบประมาณ 2568
        responsible: [ทุกส่วน ทุกกอง]
        outputs: [มีคู่มือการให้บริการที่ปรับปรุงแล้ว]
        outcomes:
          - ประชาชนเข้าถึงขั้นตอนได้ง่ายขึ้น
          - ลดข้อร้องเรียน
        suggestions: [ควรเผยแพร่ทางออนไลน์]
        status: done
        progress:
          outputs: [ร่างคู่มือเสร็จ]
          outcomes: [เจ้าหน้าที่ทราบขั้นตอน]
          status: in-progress
          as_of: 2568-03-31
        ---
        คู่มือ **ฉบับปรับปรุง** อยู่ที่สำนักปลัด <span class="note">ภาษี & ค่าธรรมเนียม</span>

        ## ช่องทางรับฟังความคิดเห็น

        ตู้รับความคิดเห็นหน้าสำนักงาน
        """,
    "2568/measures/no-gift.md": """
        ---
        title: ประกาศเจตนารมณ์ No Gift Policy
        order: ๒
        issue: 7
        steps: [ประกาศเจตนารมณ์]
        period: {start: 2567-10-01, end: 2568-09-30}
        responsible: สำนักปลัด
        status: in-progress
        ---
        """,
    "2567/measures/การเปิดเผยข้อมูล.md": "---\ntitle: ชื่อไฟล์ภาษาไทย\nindicators: [9]\n---\n",
    "2568/measures/budget.md": """
        ---
        title: เปิดเผยข้อมูลงบประมาณ
        order: 3
        issue: 5
        steps: [เผยแพร่แผนการใช้จ่าย]
        ---
        """,
    "2567/measures/old.md": """
        ---
        title: มาตรการของปีก่อน
        indicators: [2, 4]
        steps: [ทำ]
        outputs: [เสร็จ]
        status: done
        ---
        """,
    "2568/complaints.md": "---\ntitle: ช่องทางร้องเรียน\n---\nโทร 1111\n",
    "about/index.md": "---\ntitle: เกี่ยวกับเรา\n---\nข้อมูลหน่วยงาน\n",
    "about/contact.md": "# ติดต่อเรา\n\nโทร 043-000000\n",
}


@pytest.fixture(scope="package")
def built(tmp_path_factory):
    result = shared_build(tmp_path_factory, "pages", MEASURES)
    assert result.returncode == 0, result.output
    return result
