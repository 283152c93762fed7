"""Import of agency reports (DOCX, XLSX, PDF-extracted text) into measure files.

    result = import_document(Path("report.docx"), year=None)      # read, write nothing
    actions = write_measures(result, Path("content"), force=False, dry_run=True)

Reading: sources/ (one reader per format) -> rows.py (header, sections, page-break rows)
-> measures.py (cells into fields) -> titles.py (the row number before a name is its order)
-> front_matter.py (body text escaped) -> writer.py (file names from slugs.py);
summary.py tells the webmaster what became of every cell.
"""

from __future__ import annotations

from pathlib import Path

from ita_site.importer.document import KINDS, ImportResult, import_document, import_source
from ita_site.importer.front_matter import ImportedMeasure
from ita_site.importer.writer import WriteAction, measure_file_text, write_files


def write_measures(
    result: ImportResult, content_dir: Path, *, force: bool = False, dry_run: bool = False
) -> list[WriteAction]:
    """Write the result's measures to content_dir/<year>/measures/<slug>.md.

    Existing files are kept unless `force`; with `dry_run` nothing is written and the actions
    say what would be. Raises ValueError when the result has errors or no year.
    """
    if not result.ok or result.year is None:
        raise ValueError("an import with errors or without a year cannot be written")
    return write_files(result.measures, result.year, Path(content_dir), force=force, dry_run=dry_run)


__all__ = [
    "KINDS",
    "ImportResult",
    "ImportedMeasure",
    "WriteAction",
    "import_document",
    "import_source",
    "measure_file_text",
    "write_measures",
]
