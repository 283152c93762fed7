"""Starting a new year folder, optionally carrying measures over as next year's plan."""

from __future__ import annotations

from pathlib import Path

from ita_site.content.yamlfile import split_front_matter

YEAR_TEMPLATE = """\
# ข้อมูล ITA ของปี {year} (ITA data of {year}); ดูคำอธิบายใน README
ita_year: {year}
# รหัสแบบสำรวจจาก ITAS เช่น https://itas.nacc.go.th/go/iit/<รหัส> (survey code from ITAS)
# survey_code: abc123
# เมื่อประกาศผลคะแนนแล้ว (when results are published):
# scores:
#   total: 0
"""

RESULT_FIELDS = ("outputs", "outcomes", "suggestions", "progress", "status")


def create_year(content_dir: Path, year: int, *, copy_measures_from: int | None = None) -> list[Path] | None:
    """Create content/<year>/ with a commented year.yml; None (and nothing written) if it exists.

    Copied measures keep their plan fields and drop results, and get `status: planned`.
    """
    folder = Path(content_dir) / str(year)
    if folder.exists():
        return None
    (folder / "measures").mkdir(parents=True)
    created = [folder / "year.yml"]
    created[0].write_text(YEAR_TEMPLATE.format(year=year), encoding="utf-8")
    if copy_measures_from is not None:
        source = Path(content_dir) / str(copy_measures_from) / "measures"
        for path in sorted(source.glob("*.md")):
            target = folder / "measures" / path.name
            target.write_text(_as_plan(path.read_text(encoding="utf-8")), encoding="utf-8")
            created.append(target)
    return created


def _as_plan(text: str) -> str:
    """The front matter lines without result fields (kept as the user wrote them), body kept."""
    source = split_front_matter(text)
    lines = text.splitlines(keepends=True)
    end = source.body_line - 1
    kept, skipping = [], False
    for line in lines[1:end - 1]:
        key = line.split(":", 1)[0].strip() if not line.startswith((" ", "\t", "-")) else None
        if key is not None and line.strip():
            skipping = key in RESULT_FIELDS
        if not skipping:
            kept.append(line)
    return "---\n" + "".join(kept) + "status: planned\n---\n" + source.body
