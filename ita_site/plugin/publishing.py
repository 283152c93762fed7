"""What `mkdocs build` publishes, and when.

Two promises to the agency live here (guide/content/publish.md tells them):

- Nothing outside content/ is published. MkDocs walks docs_dir following symbolic links and
  reads or copies whatever it finds, before any plugin sees a file; :func:`refuse_unsafe_files`
  stops the build first when content/ holds links or special files (ita_site.content.tree).
- A failed or killed build leaves the published site as it was. MkDocs empties site_dir before
  the content is even read, so :class:`SitePublisher` points site_dir at a fresh sibling
  staging folder and, once the build has succeeded, swaps it into place with two renames. On
  failure (on_build_error) the staging folder is removed; one left by a killed build is removed
  by the next build.

`mkdocs serve` builds into a temporary folder of its own and is left alone.
"""

from __future__ import annotations

import glob
import logging
import os
import secrets
import shutil
import time
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.utils import CountHandler

from ita_site.content.tree import scan
from ita_site.messages import files as msg
from ita_site.messages import plugin as plugin_msg

log = logging.getLogger("mkdocs.plugins.ita")

_STAGING = ".ita-build-"
_OLD = ".ita-old-"
# Where no process id can be checked, a leftover folder this old is surely abandoned.
_ABANDONED_AFTER = 24 * 3600


def refuse_unsafe_files(docs_dir: Path) -> None:
    """Raise when content/ holds symbolic links, FIFOs or other special files."""
    errors = scan(docs_dir).problems.errors
    if errors:
        raise PluginError(plugin_msg.errors_found(errors))


class SitePublisher:
    """One build's staging folder: made in on_config, swapped in after the last post_build,
    removed on failure. Only `mkdocs build` and `mkdocs gh-deploy` stage; MkDocs names the
    command in on_startup."""

    def __init__(self, command: str | None, dirty: bool) -> None:
        self.active = command in ("build", "gh-deploy")
        self.dirty = dirty
        self.config: MkDocsConfig | None = None
        self.configured: str | None = None  # site_dir as the user set it
        self.site_dir: Path | None = None  # the published folder, links resolved
        self.staging: Path | None = None
        # Counts warnings as MkDocs' strict mode does, so a build that strict mode will abort
        # right after post_build is never swapped in. Attached at startup: nothing is missed.
        self.warnings = CountHandler(level=logging.WARNING)
        if self.active:
            logging.getLogger("mkdocs").addHandler(self.warnings)

    def stage(self, config: MkDocsConfig) -> None:
        """Point config.site_dir at a new, empty staging folder next to the published one."""
        if not self.active:
            return
        self.configured = config.site_dir
        site = Path(os.path.realpath(config.site_dir))
        staging = site.parent / f".{site.name}{_STAGING}{os.getpid()}-{secrets.token_hex(4)}"
        try:
            site.parent.mkdir(parents=True, exist_ok=True)
            _remove_leftovers(site)
            staging.mkdir()
            if site.is_dir():
                os.chmod(staging, site.stat().st_mode & 0o7777)
                if self.dirty:  # --dirty rebuilds only what changed, so start from the last site
                    shutil.copytree(site, staging, symlinks=True, dirs_exist_ok=True)
        except OSError as error:
            shutil.rmtree(staging, ignore_errors=True)
            raise PluginError(plugin_msg.render(msg.STAGING_FAILED.format(
                site_dir=config.site_dir, reason=error.strerror or error))) from None
        self.config, self.site_dir, self.staging = config, site, staging
        config.site_dir = str(staging)
        log.info(plugin_msg.render_info(msg.STAGING.format(staging=staging.name,
                                                          site_dir=self.configured)))

    def publish(self) -> None:
        """Swap the finished staging folder into place; with strict-mode warnings, discard it
        instead (MkDocs aborts right after post_build)."""
        if self.staging is None:
            return
        if self.config.strict and self.warnings.get_counts():
            self.discard()
            return
        site, staging = self.site_dir, self.staging
        old = site.parent / f".{site.name}{_OLD}{os.getpid()}-{secrets.token_hex(4)}"
        try:
            moved = os.path.lexists(site)
            if moved:
                os.rename(site, old)
            try:
                os.rename(staging, site)
            except OSError:
                if moved:
                    os.rename(old, site)
                raise
        except OSError as error:
            self.discard()
            raise PluginError(plugin_msg.render(msg.SWAP_FAILED.format(
                site_dir=self.configured, reason=error.strerror or error))) from None
        if moved:
            shutil.rmtree(old, ignore_errors=True)
        self._finish()

    def discard(self) -> None:
        """Remove the staging folder; the published site was never touched."""
        if self.staging is None:
            return
        shutil.rmtree(self.staging, ignore_errors=True)
        log.info(plugin_msg.render_info(msg.KEPT_PREVIOUS_SITE.format(site_dir=self.configured)))
        self._finish()

    def _finish(self) -> None:
        self.config.site_dir = self.configured
        self.staging = None
        logging.getLogger("mkdocs").removeHandler(self.warnings)


def _remove_leftovers(site: Path) -> None:
    """Remove what killed builds left next to `site`: staging folders, and the previous site
    set aside by a build killed between its two renames (put back when `site` is missing)."""
    for mark in (_OLD, _STAGING):
        for path in sorted(site.parent.glob(f".{glob.escape(site.name)}{mark}*")):
            if _still_running(path):
                continue
            if mark == _OLD and not os.path.lexists(site):
                os.rename(path, site)
            else:
                shutil.rmtree(path, ignore_errors=True)


def _still_running(path: Path) -> bool:
    """Whether the build that made `path` (its name holds the process id) may still run."""
    try:
        pid = int(path.name.rsplit("-", 2)[-2])
    except ValueError:
        return False
    if os.name != "posix":  # os.kill(pid, 0) would send Ctrl-C on Windows
        try:
            return time.time() - path.stat().st_mtime < _ABANDONED_AFTER
        except OSError:
            return False
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process
        return True
    return not _is_zombie(pid)


def _is_zombie(pid: int) -> bool:
    """A killed build whose parent has not reaped it yet still answers os.kill; Linux says
    in /proc that it is a zombie (state Z), which will never write again."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[-1].split()[:1] == ["Z"]
