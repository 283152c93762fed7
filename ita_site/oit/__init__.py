"""OIT items per ITA year: the evidence for each, the audit of what is missing, ITAS exports.

An item is identified by (ITA year, code), never by code alone: the list is renumbered almost
every year (see ita_site/catalog/data/). Evidence comes from four places: the item's own page
`content/<year>/oit/<code>.md`, links in year.yml `oit:`, any page or measure whose front
matter lists the item, and the generated pages the catalog names (e.g. 2568 O28 → the results
report of fiscal 2567).
"""
