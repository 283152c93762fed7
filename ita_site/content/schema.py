"""Names the content contract accepts (DESIGN.md); anything else is reported as unknown."""

MEASURE_FIELDS = frozenset({
    "title", "order", "issue", "indicators", "oit", "addresses", "steps", "period",
    "responsible", "outputs", "outcomes", "suggestions", "status", "progress",
})
RESULT_FIELDS = frozenset({"outputs", "outcomes", "suggestions", "status", "as_of"})
AGENCY_FIELDS = frozenset({
    "name", "type", "subdistrict", "district", "province", "address", "phone", "email",
    "website", "logo", "contact_page", "privacy_page",
})
YEAR_FIELDS = frozenset({
    "ita_year", "survey_code", "surveys", "scores", "questions", "analysis", "oit",
})
# Page meta that MkDocs and Material themselves understand: never "unknown".
THEME_FIELDS = frozenset({
    "template", "hide", "search", "description", "icon", "subtitle", "tags", "comments",
})
# Year-folder file names whose URLs belong to generated pages.
RESERVED_YEAR_PAGES = frozenset({
    "plan.md", "progress.md", "report.md", "analysis.md", "surveys.md", "oit.md",
    "measures.md", "oit/index.md", "measures/index.md",
})
