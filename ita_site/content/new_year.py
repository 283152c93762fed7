"""Starting a new year folder, optionally carrying measures over as next year's plan.

The year is written into a hidden folder beside the target (`content/.2570.new-…`, which
neither `check` nor MkDocs reads) and renamed into place only when every file is written, so
a crash or a kill never leaves a half-made year that a retry would call existing. Measures are
copied only when last year's files pass the check, and every copy is read back through the
same loader as `ita-site check` before anything is written.
"""

from __future__ import annotations

import os
import secrets
import shutil
from pathlib import Path

import yaml

from ita_site.catalog import CatalogSet, load_catalogs, normalize_code
from ita_site.content.tree import scan
from ita_site.content.loading import load_measure, load_year, year_of_folder
from ita_site.base.problems import ContentError, Problem, Problems
from ita_site.content.year_shift import shift_period
from ita_site.base.yamlfile import (MarkdownSource, YamlSyntaxError, decode, report,
                                       split_front_matter)
from ita_site.messages import Text
from ita_site.messages import new_year as msg

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
_TEMP_MARK = ".new-"


class NewYearError(ContentError):
    """The year was not created; `problems` says why (nothing was written)."""


def create_year(content_dir: Path, year: int, *, copy_measures_from: int | None = None,
                catalogs: CatalogSet | None = None,
                problems: Problems | None = None) -> list[Path] | None:
    """Create content/<year>/ with a commented year.yml; None (and nothing written) if it exists.

    Copied measures keep their plan fields as written, drop results, get `status: planned`,
    their period moved to the new fiscal year and their OIT codes carried to the new year's
    catalog. Warnings (codes with no counterpart) go to `problems`; anything that stops the
    year raises NewYearError, and then nothing is written.
    """
    content_dir = Path(content_dir)
    folder = content_dir / str(year)
    if folder.exists() or folder.is_symlink():
        return None
    files = {"year.yml": YEAR_TEMPLATE.format(year=year)}
    if copy_measures_from is not None:
        notes = problems if problems is not None else Problems()
        files.update(_plans(content_dir, copy_measures_from, year, catalogs, notes))
    _write_whole(content_dir, folder, files)
    return [folder / name for name in files]


def _fail(path: str, text: Text, line: int | None = None) -> NewYearError:
    return NewYearError([Problem(path, text, line)])


def _plans(content_dir: Path, source_year: int, year: int, catalogs: CatalogSet | None,
           notes: Problems) -> dict[str, str]:
    source = content_dir / str(source_year)
    if not source.is_dir() or source.is_symlink():
        years = sorted(e.name for e in content_dir.iterdir()
                       if e.is_dir() and year_of_folder(e.name) is not None)
        raise _fail(f"{source_year}/", msg.SOURCE_MISSING.format(
            year=source_year, years=", ".join(years) or "-"))
    found = Problems()
    tree = scan(content_dir)
    found.extend(tree.problems)
    loaded = load_year(content_dir, tree, str(source_year), source_year, found)
    own = (f"{source_year}/measures/", f"{source_year}/year.yml")
    errors = [p for p in found.errors if p.path.startswith(own)]
    if errors:
        raise NewYearError(errors + [Problem(f"{source_year}/", msg.SOURCE_HAS_ERRORS.format(
            year=source_year, count=len(errors), new=year))])
    catalogs = catalogs if catalogs is not None else load_catalogs()
    copier = _PlanCopier(catalogs, loaded.ita_year, year, year - source_year, notes)
    plans = {}
    for measure in loaded.measures:
        name = Path(measure.src_uri).name
        text = decode((content_dir / measure.src_uri).read_bytes())
        plans[f"measures/{name}"] = copier.plan(text, measure.src_uri, f"{year}/measures/{name}")
    return dict(sorted(plans.items()))


class _PlanCopier:
    """Turns one measure file of last year into the same measure planned for `year`."""

    def __init__(self, catalogs: CatalogSet, from_ita: int, year: int, shift: int,
                 notes: Problems):
        self.catalogs, self.from_ita, self.year, self.shift = catalogs, from_ita, year, shift
        self.notes = notes

    def plan(self, text: str, src: str, target: str) -> str:
        source = split_front_matter(text)  # read without errors by load_year just before
        data = source.meta.data
        changed = {}
        if "period" in data:
            changed["period"] = shift_period(data["period"], self.shift)
        for name, from_year, to_year in (("oit", self.from_ita, self.year),
                                         ("addresses", self.from_ita - 1, self.year - 1)):
            if name in data:
                changed[name] = self._codes(data[name], name, from_year, to_year, src, source)
        plan = _front_text(text, source, changed) + source.body
        self._verify(plan, target, changed)
        return plan

    def _codes(self, value, name: str, from_year: int, to_year: int, src: str,
               source: MarkdownSource) -> list[str] | None:
        codes = [normalize_code(item) for item in (value if isinstance(value, list) else [value])]
        codes = [code for code in codes if code]
        if from_year == to_year or not (self.catalogs.get(from_year) and self.catalogs.get(to_year)):
            return codes or None
        target = self.catalogs.get(to_year)
        kept, dropped = [], []
        for code in codes:
            if code[0] == "O":
                moved = [item.code for item in self.catalogs.counterparts(from_year, code, to_year)]
            else:  # questions keep their codes; keep one the new year still asks
                moved = [code] if target.accepts(code) else []
            kept += [c for c in moved if c not in kept]
            dropped += [] if moved else [code]
        if dropped:
            self.notes.warning(f"{self.year}/measures/{Path(src).name}", msg.CODES_DROPPED.format(
                field=name, codes=", ".join(dropped), year=to_year), field=name)
        return kept or None

    def _verify(self, plan: str, target: str, changed: dict) -> None:
        """Read the copy back as `check` will; a copy `check` would reject is never written."""
        found = Problems()
        try:
            source = split_front_matter(plan)
        except YamlSyntaxError as error:
            report(found, target, error.problems)
        else:
            report(found, target, source.meta.problems)
            load_measure(source, target, self.year, Path(target).stem, found)
            for name, value in changed.items():
                if source.meta.data.get(name) != value:
                    raise _fail(target, msg.COPY_INVALID.format(
                        new=self.year, problem=f"`{name}` reads back differently"))
        for problem in found.errors:
            raise _fail(target, msg.COPY_INVALID.format(new=self.year, problem=problem.text.en),
                        problem.line)


def _dump(name: str, value: object) -> str:
    """`name: value` as a person writes it: codes on one line, a period block style."""
    options = {"allow_unicode": True, "sort_keys": False, "width": 1_000_000}
    if isinstance(value, list):
        return f"{name}: {yaml.safe_dump(value, default_flow_style=True, **options).strip()}\n"
    return yaml.safe_dump({name: value}, default_flow_style=False, **options)


def _front_text(text: str, source: MarkdownSource, changed: dict) -> str:
    """The front matter between --- lines: each top-level field kept as the user wrote it
    (comments too), results left out, `changed` fields rewritten, `status: planned` added."""
    data = source.meta.data
    keep = [key for key in data if key not in RESULT_FIELDS]
    lines = text.splitlines(keepends=True)
    starts = [source.meta.lines.get((str(key),)) for key in data]
    block_style = (bool(starts) and all(starts) and starts == sorted(set(starts))
                   and all(lines[n - 1][:1] not in " \t{[-#" for n in starts))
    out = []
    if not block_style:  # a one-line {…} mapping: written out anew
        out = [_dump(str(key), changed.get(key, data[key])) for key in keep
               if changed.get(key, data[key]) is not None]
    else:
        end = source.body_line - 2  # the line before the closing ---
        out.append("".join(lines[1:starts[0] - 1]))  # comments above the first field
        for index, key in enumerate(data):
            stop = starts[index + 1] - 1 if index + 1 < len(starts) else end
            if key not in keep:
                continue
            if key in changed:
                if changed[key] is not None:
                    out.append(_dump(str(key), changed[key]))
                continue
            block = "".join(lines[starts[index] - 1:stop])
            out.append(block if block.endswith("\n") else block + "\n")
    return "---\n" + "".join(out) + "status: planned\n---\n"


def _write_whole(content_dir: Path, folder: Path, files: dict[str, str]) -> None:
    for leftover in content_dir.glob(f".{folder.name}{_TEMP_MARK}*"):
        if leftover.is_dir() and not leftover.is_symlink():  # from a run that was killed
            shutil.rmtree(leftover, ignore_errors=True)
    temp = content_dir / f".{folder.name}{_TEMP_MARK}{os.getpid()}-{secrets.token_hex(4)}"
    try:
        (temp / "measures").mkdir(parents=True)
        for name, text in files.items():
            (temp / name).write_text(text, encoding="utf-8", newline="")
        os.rename(temp, folder)
    except OSError as error:
        shutil.rmtree(temp, ignore_errors=True)
        raise _fail(folder.name + "/", msg.WRITE_FAILED.format(
            year=folder.name, reason=error.strerror or error)) from None
