"""The Thai Government Website Standard (มสพร. 11-2566, version 3.0): its checkable items as
data, the checks of the content and of the built site, and the pages it adds (robots.txt, a
contact page, the webmaster's report)."""
