"""`ita-site serve`: MkDocs' live preview, told of an edit by the operating system.

`mkdocs serve` notices an edit by listing every watched file twice a second, then waits 0.1 s
for more changes: a webmaster waits a quarter of a second on average before the rebuild even
starts, and the listing (a status call per file, 1,000 measures or more) competes with the
rebuild for the interpreter. Here the operating system reports the change (inotify, FSEvents
or ReadDirectoryChangesW, through watchdog, which MkDocs itself uses); `--poll` goes back to
listing, for folders whose changes the system does not report (network shares, a Windows folder
seen from WSL).

Everything else is MkDocs' own, as `mkdocs serve --dirty` does it (mkdocs/commands/serve.py):
one config loaded per build, `on_startup` once, `build(..., dirty=True)`, MkDocs' server and
live-reload script. With the ita plugin the served site stays equal to a clean build
(ita_site.plugin.incremental). What differs for the webmaster besides speed: a broken
mkdocs.yml saved while serving is reported in Thai and English instead of a traceback, and the
temporary site folder is removed when the server is stopped by a signal too.
"""

from __future__ import annotations

import errno
import gc
import logging
import shutil
import signal
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

import watchdog.events
import watchdog.observers
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException
from mkdocs.livereload import LiveReloadServer

from ita_site.messages import plugin as msg

log = logging.getLogger("mkdocs.plugins.ita")


# What a save, a new file, a deletion or a rename reports. Not openings and closings without a
# write: the build itself reads the files it watches, and each reading would start a build.
EDITS = [watchdog.events.FileCreatedEvent, watchdog.events.FileModifiedEvent,
         watchdog.events.FileDeletedEvent, watchdog.events.FileMovedEvent,
         watchdog.events.FileClosedEvent, watchdog.events.FileAttribEvent]


class EditObserver(watchdog.observers.Observer):
    """The operating system's change notification, reporting edits only (EDITS)."""

    def schedule(self, event_handler, path, *, recursive=False, event_filter=None,
                 follow_symlink=False):
        return super().schedule(event_handler, path, recursive=recursive,
                                event_filter=event_filter or EDITS,
                                follow_symlink=follow_symlink)


class NotifiedServer(LiveReloadServer):
    """MkDocs' live-reload server, whose watcher is the operating system's change notification
    unless `poll` asks for MkDocs' own polling watcher."""

    def __init__(self, *args, poll: bool, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if not poll:
            # Nothing is scheduled on the polling watcher yet: watch() comes after __init__.
            self.observer = EditObserver()


_ADDRESS_ERRORS = {errno.EADDRINUSE, errno.EADDRNOTAVAIL, errno.EACCES}


def _address(host: str, port: int, mount_path: str) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}{mount_path}"


def _log_to_terminal() -> None:
    """MkDocs' command line shows its INFO lines ("Serving on …"); do the same when it is not
    the command line that runs."""
    logger = logging.getLogger("mkdocs")
    if logger.handlers:
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False


def _stop_once(signum, frame) -> None:
    """The first Ctrl+C or SIGTERM stops the server; later ones (a second Ctrl+C, a service
    manager or `timeout` signalling again) would cut the cleanup short and leave the
    temporary folders behind, so they are ignored until it is done."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    raise KeyboardInterrupt


def serve(config_file: Path, dev_addr: str | None = None, *, poll: bool = False,
          open_in_browser: bool = False) -> int:
    """Build the site into a temporary folder, serve it on `dev_addr` (else mkdocs.yml's), and
    build again after every change. Returns the exit status once stopped (Ctrl+C or SIGTERM)."""
    _log_to_terminal()
    site_dir = tempfile.mkdtemp(prefix="ita-preview-")
    settings = {"dev_addr": dev_addr} if dev_addr else {}
    # SIGTERM (a service manager, a test) stops the server as Ctrl+C does, cleanup included.
    previous = {number: signal.signal(number, _stop_once)
                for number in (signal.SIGINT, signal.SIGTERM)}
    config = None
    try:
        def get_config():
            return load_config(config_file=str(config_file), site_dir=site_dir, **settings)

        try:
            config = get_config()
        except MkDocsException as error:
            print(msg.render(msg.SERVE_CONFIG_START.format(error=error)), file=sys.stderr)
            return 1
        config.plugins.on_startup(command="serve", dirty=True)
        host, port = config.dev_addr
        mount_path = urlsplit(config.site_url or "/").path or "/"
        serve_url = _address(host, port, mount_path)
        config.site_url = serve_url

        def builder(config=None) -> None:
            log.info("Building documentation...")
            if config is None:
                try:
                    config = get_config()
                except MkDocsException as error:
                    # Said here, not raised: MkDocs' server would print a traceback. The last
                    # good build stays served until the next change.
                    print(msg.render(msg.SERVE_CONFIG.format(error=error)), file=sys.stderr)
                    return
                config.site_url = serve_url
            build(config, serve_url=serve_url, dirty=True)

        server = NotifiedServer(builder=builder, host=host, port=port, root=site_dir,
                                mount_path=mount_path, poll=poll)
        server.error_handler = _error_page(Path(site_dir))
        try:
            builder(config)
        except MkDocsException as error:
            print(str(error), file=sys.stderr)
            return 1
        # What the first build leaves lives as long as the server (parsed content, compiled
        # templates, the search memo): out of the collector's full passes, which otherwise
        # walk it every few rebuilds (0.1 s each at 1,000 measures).
        gc.collect()
        gc.freeze()
        server.watch(config.docs_dir)
        if config.config_file_path:
            server.watch(config.config_file_path)
        server = config.plugins.on_serve(server, config=config, builder=builder)
        for item in config.watch:
            server.watch(item)
        try:
            server.serve(open_in_browser=open_in_browser)
        except KeyboardInterrupt:
            log.info("Shutting down...")
        except OSError as error:
            # The port (bind comes first in serve()), or the system's change notification.
            problem = (msg.SERVE_ADDRESS if error.errno in _ADDRESS_ERRORS else msg.SERVE_WATCH)
            print(msg.render(problem.format(address=f"{host}:{port}", error=error.strerror)),
                  file=sys.stderr)
            return 1
        finally:
            server.shutdown()
        return 0
    except KeyboardInterrupt:
        return 0
    finally:
        if config is not None:
            config.plugins.on_shutdown()
        shutil.rmtree(site_dir, ignore_errors=True)
        for number, handler in previous.items():
            signal.signal(number, handler)


def _error_page(site: Path):
    """The built 404 page for a missing URL, as `mkdocs serve` answers (the ita plugin's
    problem list shows there while content has errors)."""
    def page(code: int) -> bytes | None:
        path = site / f"{code}.html"
        if code in (404, 500) and path.is_file():
            return path.read_bytes()
        return None
    return page
