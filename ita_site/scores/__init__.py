"""ITA scores of a year: reading them from year.yml, levels from the year's bands, charts.

    parsing    `scores`, `questions`, `analysis` of year.yml → YearResults (with Problems)
    levels     level from the bands of the year's catalog, with the reasons
    charts     SVG bar charts of scores over the years, with their data tables
    addresses  measures of the next fiscal year by the item they raise
"""
