"""The whole check of a site, as `ita-site check` and the plugin run it.

Loading validates each file; the checks here need several files at once or the catalogs
(OIT codes and evidence). They are added as the areas that own them grow.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ita_site.content.loading import LoadResult, load_site
from ita_site.content.problems import Problems


@dataclass
class CheckReport:
    problems: Problems
    measure_count: int = 0
    year_count: int = 0
    summary_lines: list[str] = field(default_factory=list)
    load: LoadResult | None = None


def check_site(content_dir: Path, *, config_file: Path | None = None,
               strict: bool = False) -> CheckReport:
    result = load_site(content_dir)
    site = result.site
    report = CheckReport(
        problems=result.problems,
        measure_count=sum(len(y.measures) for y in site.years.values()),
        year_count=len(site.years),
        load=result,
    )
    return report
