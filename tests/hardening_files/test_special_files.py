"""Files under content/ that are not regular files: links, folders named like pages, FIFOs.

Each must end as a Thai/English problem naming it (never a traceback or a hang), and nothing a
link points to may reach site/ or count as OIT evidence.
"""

import os
import subprocess
import sys

import pytest

from ita_site.checking import check_site
from ita_site.content.loading import load_site
from tests.sitebuild import build, write_project

MEASURE = "---\ntitle: มาตรการ\nissue: 1\n---\n"
# A hang would otherwise stop the suite forever; the commands take seconds.
NO_HANG = 120


def project(tmp_path, files=None):
    return write_project(tmp_path / "p", {"2568/measures/a.md": MEASURE, **(files or {})})


def check(root):
    return subprocess.run([sys.executable, "-m", "ita_site.cli", "check"], cwd=root,
                          capture_output=True, text=True, timeout=NO_HANG)


def assert_named_problem(output, name):
    assert "Traceback" not in output
    assert name in output and "วิธีแก้" in output and "fix:" in output


@pytest.mark.parametrize("kind", ["dangling", "fifo"])
def test_unreadable_markdown_is_an_error_in_check_and_build(tmp_path, kind):
    root = project(tmp_path)
    path = root / "content/2568/x.md"
    if kind == "dangling":
        path.symlink_to(tmp_path / "nowhere.md")
    else:
        os.mkfifo(path)
    checked = check(root)
    assert checked.returncode == 1
    assert_named_problem(checked.stdout, "2568/x.md")
    built = build(root)
    assert built.returncode != 0
    assert_named_problem(built.output, "2568/x.md")


def test_folder_named_like_a_page_is_a_warning_not_a_crash(tmp_path):
    root = project(tmp_path)
    (root / "content/2568/x.md").mkdir()
    (root / "content/about/y.md").mkdir(parents=True)
    result = load_site(root / "content")
    assert not result.problems.errors
    assert [p.path for p in result.problems.warnings] == ["2568/x.md/", "about/y.md/"]
    built = build(root)
    assert built.returncode == 0, built.output


def test_link_to_a_file_outside_content_is_never_published_nor_evidence(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:SECRET\n", encoding="utf-8")
    root = project(tmp_path, {"2568/year.yml": "oit:\n  O1: [files/passwd_link]\n"})
    (root / "content/files").mkdir()
    (root / "content/files/passwd_link").symlink_to(secret)
    data = check_site(root / "content")
    texts = [p.format() for p in data.problems.errors]
    assert any(t.startswith("files/passwd_link\n") and "symbolic link" in t for t in texts)
    assert any(t.startswith("2568/year.yml:2 [oit.O1]") for t in texts)
    assert not data.evidence.items[(2568, "O1")].evidence
    built = build(root)
    assert built.returncode != 0 and "files/passwd_link" in built.output
    leaked = [p for p in built.site.rglob("*") if p.is_file() and b"SECRET" in p.read_bytes()] \
        if built.site.exists() else []
    assert leaked == []


def test_linked_folder_publishes_nothing(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "private.md").write_text("# PRIVATE\n", encoding="utf-8")
    (outside / "data.csv").write_text("SECRET\n", encoding="utf-8")
    root = project(tmp_path)
    (root / "content/docs").symlink_to(outside, target_is_directory=True)
    result = load_site(root / "content")
    [error] = result.problems.errors
    assert error.path == "docs" and "symbolic link" in error.format()
    assert all(not p.src_uri.startswith("docs/") for p in result.site.pages)
    built = build(root)
    assert built.returncode != 0 and "docs" in built.output
    assert not (built.site / "docs").exists()


def test_link_loops_end_with_an_error_not_a_hang(tmp_path):
    # Two links back to content/ would make MkDocs' walk branch until the symlink limit: 2**40.
    root = project(tmp_path)
    (root / "content/a").symlink_to(".", target_is_directory=True)
    (root / "content/.hidden").symlink_to(".", target_is_directory=True)
    checked = check(root)
    assert checked.returncode == 1
    assert_named_problem(checked.stdout, "a\n")
    assert ".hidden" in checked.stdout  # MkDocs walks hidden folders too
    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(root / "mkdocs.yml")],
        cwd=root, capture_output=True, text=True, timeout=NO_HANG)
    assert built.returncode != 0 and "Traceback" not in built.stderr
    assert "`a`" in built.stderr


def test_hidden_files_are_left_out_as_mkdocs_leaves_them_out(tmp_path):
    root = project(tmp_path)
    (root / "content/2568/.draft.md").symlink_to(tmp_path / "nowhere.md")
    os.mkfifo(root / "content/.pipe")
    assert not load_site(root / "content").problems


@pytest.mark.parametrize("name, shown", [
    (b"\xca\xd3\xb9\xd1\xa1.md", "2568/\\xca"),  # a TIS-620 name from an old zip archive
    (b"a\nb.md", "2568/a\\nb.md"),
    (b"tab\tfolder", "2568/tab\\tfolder"),
])
def test_names_that_cannot_become_urls_are_errors(tmp_path, name, shown):
    root = project(tmp_path)
    path = os.path.join(os.fsencode(root / "content/2568"), name)
    if name.endswith(b".md"):
        with open(path, "w", encoding="utf-8") as file:
            file.write("# หน้า\n")
    else:
        os.mkdir(path)
        with open(os.path.join(path, b"x.md"), "w", encoding="utf-8") as file:
            file.write("# หน้า\n")
    checked = check(root)
    assert checked.returncode == 1
    assert_named_problem(checked.stdout, shown)
    built = build(root)
    assert built.returncode != 0
    assert_named_problem(built.output, shown)


def test_folders_nested_too_deep_are_an_error_not_a_recursion_error(tmp_path):
    root = project(tmp_path)
    levels = [root / "content"]
    for _ in range(1200):  # os.makedirs and shutil.rmtree would themselves recurse too deep
        levels.append(levels[-1] / "d")
        levels[-1].mkdir()
    (levels[-1] / "x.md").write_text("# ลึก\n", encoding="utf-8")
    try:
        checked = check(root)
        assert checked.returncode == 1
        assert_named_problem(checked.stdout, "d/" * 32)
        built = build(root)
        assert built.returncode != 0 and "Traceback" not in built.output
    finally:
        (levels[-1] / "x.md").unlink()
        for level in reversed(levels[1:]):
            level.rmdir()
