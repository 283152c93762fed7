"""`mkdocs serve`: content that would stop the build is shown in the browser instead.

A failed build leaves `mkdocs serve` answering no page request (the browser waits forever) while
the problems scroll by in a terminal the webmaster may not watch. In serve mode only, a build
whose content has errors, or warnings under `strict: true`, therefore completes: every page,
the 404 page included, shows the list of problems (theme/partials/ita-problems.html), and the
generated pages get placeholders at their usual URLs so the page being previewed keeps its
address. Saving a fixed file triggers MkDocs' next build, whose livereload brings the page back.
`mkdocs build` never takes this path: the command comes from on_startup, and only "serve" does.

The problems are logged on a logger of our own rather than under "mkdocs": MkDocs counts every
warning or error under "mkdocs" in strict mode and aborts the build after writing it, which would
leave the preview stuck again.
"""

from __future__ import annotations

import logging
import sys

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from ita_site.base.problems import Problem, Problems
from ita_site.checked import CheckedSite
from ita_site.messages import identity as msg

log = logging.getLogger("ita_site.preview")


class ProblemPreview:
    """The problems a serve-mode build shows in the browser; empty when the build is sound."""

    def __init__(self) -> None:
        self.serving = False
        self.problems: list[Problem] = []
        self.strict = False
        self._handler: logging.Handler | None = None

    @property
    def active(self) -> bool:
        return bool(self.problems)

    def start(self, command: str) -> None:
        """From on_startup: `mkdocs serve` (not `serve --clean`, which MkDocs reports as build)."""
        self.serving = command == "serve"
        if self.serving and self._handler is None:
            self._handler = logging.StreamHandler(sys.stderr)
            self._handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
            log.addHandler(self._handler)
            log.propagate = False

    def stop(self) -> None:
        """From on_shutdown: leave logging as it was, and a later build in this process (MkDocs
        keeps plugin instances across builds) strict again."""
        self.serving = False
        self.problems = []
        if self._handler is not None:
            log.removeHandler(self._handler)
            log.propagate = True
            self._handler = None

    def begin(self, problems: Problems, config: MkDocsConfig) -> bool:
        """Decide for this build; True when it shows `problems` instead of the site."""
        self.problems = []
        stops = problems.errors or (config.strict and problems.warnings)
        if not (self.serving and stops):
            return False
        self.problems = list(problems)
        self.strict = bool(config.strict) and not problems.errors
        for problem in self.problems:
            log.log(logging.ERROR if problem.is_error else logging.WARNING, problem.format())
        log.error(f"{msg.PREVIEW_LOG.th}\n  ({msg.PREVIEW_LOG.en})")
        return True

    def placeholders(self, files: Files, config: MkDocsConfig, data: CheckedSite) -> None:
        """Keep every generated page's URL alive, so the page being previewed shows the report."""
        uris = [entry.src_uri for entry in data.sitemap if entry.is_page and not entry.intro]
        for uri in uris:
            if files.get_file_from_path(uri) is None:
                files.append(File.generated(config, uri, content=self.markdown()))
        if not config.nav:
            # The automatic navigation would list every page under the same report title.
            config.nav = ["index.md"]

    @staticmethod
    def markdown() -> str:
        """Every page's Markdown while the report shows: nothing that could add a warning."""
        return f"# {msg.PREVIEW_PAGE_TITLE}\n"

    def template_value(self) -> dict | None:
        """The `ita_preview` variable of the theme (theme/partials/ita-problems.html)."""
        if not self.problems:
            return None
        return {
            "title": msg.PREVIEW_TITLE,
            "how": msg.PREVIEW_HOW,
            "strict": msg.PREVIEW_STRICT if self.strict else None,
            # Errors first: they stop the build whatever mkdocs.yml says.
            "problems": [_shown(p) for p in sorted(self.problems, key=lambda p: not p.is_error)],
        }


def _shown(problem: Problem) -> dict:
    location, _, text = problem.format().partition("\n")
    lines = [line.strip() for line in text.splitlines()]
    return {"location": location, "lines": lines, "error": problem.is_error}
