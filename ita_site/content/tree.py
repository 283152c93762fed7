"""Which files under content/ exist, and which of them may be read and published.

MkDocs walks docs_dir following symbolic links and copies every file it finds, so a link could
publish a file from anywhere on the machine (content/files/x → /etc/passwd), a linked folder
could publish a whole tree or loop forever, and a FIFO named x.md would hang the build. The scan
here never follows a link and never opens anything: it lists the regular files and reports
everything else, so the build can stop before MkDocs touches the tree.
"""

from __future__ import annotations

import os
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ita_site.base.problems import Problems
from ita_site.messages import files as msg

# What MkDocs excludes by default (its `exclude_docs` base: `.*` and `/templates/`): never
# published, so never evidence and never read as content.
_EXCLUDED_TOP = frozenset({"templates"})
# No site needs more; MkDocs' recursive walk would overflow Python's stack long before the
# 4,096-byte path limit.
MAX_DEPTH = 32


@dataclass
class ContentTree:
    """Regular files under content/ that MkDocs would publish, as POSIX paths relative to it,
    sorted folder by folder; and the problems of everything else."""

    files: list[str] = field(default_factory=list)
    directories: list[str] = field(default_factory=list)
    problems: Problems = field(default_factory=Problems)

    def markdown_under(self, folder: str) -> list[str]:
        """The Markdown files inside top-level `folder`, at any depth."""
        prefix = folder + "/"
        return [f for f in self.files if f.startswith(prefix) and f.endswith(".md")]

    def folders(self) -> list[str]:
        """Top-level folders, empty or not."""
        return sorted(d for d in self.directories if "/" not in d)


def is_excluded(rel: str) -> bool:
    """True for paths MkDocs leaves out of the site by default."""
    parts = rel.split("/")
    return any(part.startswith(".") for part in parts) or (
        len(parts) > 1 and parts[0] in _EXCLUDED_TOP)


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "FIFO / named pipe"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    return "special file"


def scan(content_dir: Path) -> ContentTree:
    """Every regular file under `content_dir`; links, special files and unreadable folders are
    problems. Hidden entries are skipped as MkDocs skips them, except linked folders, which
    MkDocs would still walk into."""
    tree = ContentTree()
    pending = [""]
    while pending:
        rel_dir = pending.pop()
        try:
            with os.scandir(Path(content_dir) / rel_dir) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as error:
            tree.problems.error(rel_dir + "/", msg.UNREADABLE_FOLDER.format(
                path=rel_dir, reason=error.strerror or error))
            continue
        subfolders = []
        for entry in entries:
            rel = f"{rel_dir}/{entry.name}" if rel_dir else entry.name
            excluded = is_excluded(rel)
            if (why := _bad_name(entry.name)) is not None:
                # MkDocs would crash quoting it into a URL; what is inside a folder so named
                # is not listed, so it is reported once.
                shown = _shown(rel)
                tree.problems.error(shown, msg.BAD_NAME.format(path=shown, why=why[0],
                                                               why_en=why[1]))
                continue
            try:
                mode = entry.stat(follow_symlinks=False).st_mode
            except OSError:
                continue  # removed while we looked
            if stat.S_ISLNK(mode):
                if not excluded or os.path.isdir(entry.path):
                    tree.problems.error(rel, msg.SYMLINK.format(path=rel, target=_target(entry)))
            elif stat.S_ISDIR(mode):
                if rel.count("/") >= MAX_DEPTH:
                    tree.problems.error(rel + "/", msg.TOO_DEEP.format(path=rel, limit=MAX_DEPTH))
                    continue
                subfolders.append(rel)
                if not excluded:
                    tree.directories.append(rel)
                if not excluded and entry.name.endswith(".md"):
                    tree.problems.warning(rel + "/", msg.FOLDER_NAMED_LIKE_PAGE.format(path=rel))
            elif stat.S_ISREG(mode):
                if not excluded:
                    tree.files.append(rel)
            elif not excluded:
                tree.problems.error(rel, msg.SPECIAL_FILE.format(path=rel, kind=_kind(mode)))
        pending.extend(reversed(subfolders))
    tree.files.sort(key=lambda rel: rel.split("/"))
    return tree


def _bad_name(name: str) -> tuple[str, str] | None:
    """Why a file or folder name cannot be published, or None."""
    if any("\udc80" <= ch <= "\udcff" for ch in name):  # undecodable bytes, kept by Python
        return msg.WHY_NOT_UTF8
    if any(unicodedata.category(ch) == "Cc" for ch in name):
        return msg.WHY_CONTROL
    return None


def _shown(rel: str) -> str:
    """`rel` printable: undecodable bytes as \\xNN, control characters escaped."""
    text = os.fsencode(rel).decode("utf-8", "backslashreplace")
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii")
                   for ch in text)


def _target(entry: os.DirEntry) -> str:
    try:
        return _shown(os.readlink(entry.path))
    except OSError:
        return "?"


def is_data_file(rel: str) -> bool:
    """agency.yml and <year>/year.yml are inputs of the generated pages, never published."""
    parts = rel.split("/")
    return rel == "agency.yml" or (len(parts) == 2 and parts[1] == "year.yml")


def is_published_file(content_dir: Path, rel: str) -> bool:
    """True when `rel` (normalised, relative to content/) is a regular file that the build
    copies into the site as it is: not a page, not a data file, not hidden, and reached
    through no symbolic link."""
    if not rel or rel.startswith("/") or ".." in rel.split("/"):
        return False
    if rel.endswith(".md") or is_data_file(rel) or is_excluded(rel):
        return False
    path = Path(content_dir)
    try:
        for part in rel.split("/"):
            path = path / part
            mode = path.lstat().st_mode
            if stat.S_ISLNK(mode):
                return False
        return stat.S_ISREG(mode)
    except (OSError, ValueError):  # missing, name too long, NUL in the name
        return False
