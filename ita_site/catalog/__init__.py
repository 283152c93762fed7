"""Versioned ITA catalogs: for each ITA year, its OIT items, its IIT/EIT questions, its score
range, bands and level names, its indicators and issues, as data. Nothing about a year's
framework is written in code: how measures are grouped, which issue and indicator numbers
exist and what they are called, on what scale scores are given and what passes all come from
the year's file, so a year whose framework changes needs only a new file.

One YAML file per year ships in `ita_site/catalog/data/` (2566–2569), built from the lists
found on agency websites, with each entry's sources and confidence (where the facts come from:
ARCHITECTURE.md, "Catalogs are data"). A site adds a year, or corrects a shipped one, with its
own `<year>.yaml` in the folder configured in mkdocs.yml; :func:`load_catalogs` merges and
validates both.

File format (each data file repeats it in its header):

    ita_year: 2568                 # the file's year; must match the file name
    grouping: issues               # issues (2568 on: seven ประเด็น) | indicators (2566, 2567)
    sources: [...]                 # where the file's facts come from
    tools:                         # iit, eit, oit: name, weight (% of the total), confidence
      iit: {name: ..., weight: 30, confidence: medium, sources: [...]}
    score_range: {min: 0, max: 100}  # the scale of every score of the year (and of levels)
    indicators:                    # number: {name, tool, aliases}
      1: {name: การปฏิบัติหน้าที่, tool: iit}
      4: {name: การใช้ทรัพย์สินของราชการ, tool: iit, aliases: [การใช้ทรัพย์สินของทางราชการ]}
    issues:                        # number: name, or number: {name, aliases}
      1: กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ  # (grouping: issues needs them)
    levels:                        # best first; the first band the scores reach is the level;
                                   # the lowest passing band's min_total is the pass mark
      - {name: ผ่านดีเยี่ยม, name_en: Excellent, min_total: 95, min_each_tool: 95}
    questions:                     # i…/e… codes: indicator, issue, text (when a source gave it)
      - {code: i1, indicator: 1}
    complete_question_lists: [iit] # tools whose every question is listed: content using
                                   # another i… code is an error; for the others it is not
    oit:                           # the year's OIT items
      - code: O27
        title: มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน
        indicator: 10              # an OIT indicator (9 or 10)
        subindicator: ...          # as agency pages word it, when known
        issue: 7                   # ประเด็น, when the year has issues
        requires: ...              # what content the item asks for, in one or two sentences
        period: current            # current | previous | half-year | ongoing | unknown
        confidence: low-medium     # high | medium-high | medium | low-medium | low | unconfirmed
        sources: [...]
        note: ...                  # for maintainers: why a value was chosen
        satisfied_by: {page: plan, fiscal_offset: 0}   # or a list of them
        same_as: {year: 2567, code: O42}               # the earlier item(s) it continues

`satisfied_by` names a generated page of the year folder `ita_year + fiscal_offset`:
plan | progress | report (fiscal year pages), analysis (the ITA results of that year),
surveys. For ITA 2568, O27 is the plan of fiscal 2568 (offset 0) and O28 the results report
of fiscal 2567 (offset -1).

`aliases` are other wordings agency reports use for an indicator or issue; the importer
reads section rows by them. A year without a catalog follows the framework of the latest
earlier year that has one (CatalogSet.framework_for).

Period values: `current` is the fiscal year of the assessment, `previous` the one before,
`half-year` the first six months (October–March) of the current one, `ongoing` information
that must simply be up to date.

A site's file for a shipped year lists only what changes: OIT items and questions by code
(listed fields replace the shipped ones, new codes are added, `remove: true` drops an item),
tools and indicators by key, issues by number; `levels` replaces the whole list.
"""

from ita_site.catalog.catalog_set import CatalogSet, unknown_code_text
from ita_site.catalog.codes import compact_codes, normalize_code
from ita_site.catalog.loading import load_catalogs
from ita_site.catalog.model import (Catalog, Indicator, Issue, ItemRef, LevelBand, OitItem,
                                    PageRef, Question, Tool)

__all__ = [
    "Catalog", "CatalogSet", "Indicator", "Issue", "ItemRef", "LevelBand", "OitItem", "PageRef",
    "Question", "Tool", "compact_codes", "load_catalogs", "normalize_code", "unknown_code_text",
]
