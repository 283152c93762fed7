"""A catalog for a fictitious ITA 2570 whose framework changes in every way a real year has
changed or may change: three issues numbered anew (issue 1 is 2568's issue 2), three
indicators instead of ten, scores out of 5, other level names, and OIT items merged from
2569's (O1 ← O1 + O2, O2 ← O25 + O26). Nothing in the package knows of it: a site that writes
it in its `catalogs:` folder must get pages, checks and imports that follow it."""

CATALOG_2570 = """\
ita_year: 2570
grouping: issues
sources: [a fictitious year for tests]
tools:
  iit: {name: แบบวัดการรับรู้ภายใน, weight: 25}
  eit: {name: แบบวัดการรับรู้ภายนอก, weight: 25}
  oit: {name: แบบวัดการเปิดเผยข้อมูลสาธารณะ, weight: 50}
score_range: {min: 0, max: 5}
indicators:
  1: {name: ความโปร่งใสของการทำงาน, tool: iit}
  2: {name: ความพึงพอใจของผู้รับบริการ, tool: eit}
  3: {name: การเปิดเผยข้อมูลสาธารณะ, tool: oit, aliases: [การเผยแพร่ข้อมูลต่อสาธารณะ]}
issues:
  1: {name: การให้บริการและระบบ E-Service, aliases: [บริการออนไลน์ของหน่วยงาน]}
  2: กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ
  3: กลไกป้องกันการทุจริตและผลประโยชน์ทับซ้อน
levels:
  - {name: ดีเด่น, name_en: Outstanding, min_total: 4.5, min_each_tool: 4}
  - {name: ผ่านเกณฑ์, name_en: Pass, min_total: 3.5}
  - {name: ยังไม่ผ่าน, name_en: Not yet, min_total: 0, passes: false}
questions:
  - {code: i1, indicator: 1, issue: 2, text: ท่านเห็นว่าการทำงานของหน่วยงานโปร่งใส}
  - {code: e1, indicator: 2, issue: 1, text: ท่านพึงพอใจการให้บริการออนไลน์}
complete_question_lists: [iit, eit]
oit:
  - code: O1
    title: โครงสร้าง หน้าที่และอำนาจ และผู้บริหาร
    indicator: 3
    issue: 2
    period: ongoing
    same_as: [{year: 2569, code: O1}, {year: 2569, code: O2}]
  - code: O2
    title: แผนและรายงานผลการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน
    indicator: 3
    issue: 3
    period: current
    satisfied_by: [{page: plan, fiscal_offset: 0}, {page: report, fiscal_offset: -1}]
    same_as: [{year: 2569, code: O25}, {year: 2569, code: O26}]
"""
