"""Static-site generator for Thai public agencies' integrity and transparency (ITA) material.

Everything in this package except :mod:`ita_site.plugin` is the domain core and imports nothing
from MkDocs, so the command-line tool and the tests use it directly.
"""

__version__ = "0.1.0"
