"""Generated pages: each function turns domain objects into the Markdown of one page.

Pages are Markdown with HTML blocks where tables need structure Markdown cannot give (lists in
cells, section rows). Links are relative to the page, so the site works from any folder.
"""
