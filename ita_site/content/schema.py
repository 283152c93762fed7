"""Names the content contract accepts (guide/content/content/); anything else is unknown.

The names come from the declarations in ita_site.content.contract, which also give the JSON
Schemas their fields, so the validator and the editors' schemas cannot drift apart.
"""

from ita_site.content import contract

MEASURE_FIELDS = contract.MEASURE.names
RESULT_FIELDS = contract.RESULTS.names
AGENCY_FIELDS = contract.AGENCY.names
YEAR_FIELDS = contract.YEAR.names
# Page meta that MkDocs and Material themselves understand: never "unknown".
THEME_FIELDS = contract.THEME.names
