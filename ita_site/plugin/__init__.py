"""The MkDocs adapter over the domain core: the only package here that imports MkDocs."""

from ita_site.plugin.plugin import ItaPlugin

__all__ = ["ItaPlugin"]
