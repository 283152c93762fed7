"""MkDocs' own command line (`mkdocs build …`) run inside the test process.

The command is the one a user types: click parses the same arguments, MkDocs loads the same
mkdocs.yml and plugins, logs through its own handler, and an error ends with the same exit code
and message. What a subprocess would have left behind when it ended is put back here: the
logger settings and duplicate filters MkDocs installs per command, the warning hooks, the
working folder and the environment. An exception that would have ended the process with a
traceback is returned as that traceback's text, so tests can still see it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import traceback
import warnings
from collections.abc import Iterator
from pathlib import Path

_ENV = {"NO_MKDOCS_2_WARNING": "1"}


@contextlib.contextmanager
def as_a_process(cwd: Path, env: dict[str, str] | None = None) -> Iterator[None]:
    """For MkDocs' own functions called in the test process (a build, a config load): run the
    block in folder `cwd` with `env` added to the environment, then put back what a process of
    its own would have left untouched."""
    from mkdocs.commands import build as build_module

    env = {**_ENV, **(env or {})}
    mkdocs_log = logging.getLogger("mkdocs")
    saved_log = (mkdocs_log.level, mkdocs_log.propagate, list(mkdocs_log.handlers))
    saved_filters = list(build_module.log.filters)
    saved_env = {name: os.environ.get(name) for name in env}
    saved_cwd = os.getcwd()
    os.environ.update(env)
    os.chdir(cwd)
    try:
        with warnings.catch_warnings():
            yield
    finally:
        os.chdir(saved_cwd)
        for name, value in saved_env.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        mkdocs_log.setLevel(saved_log[0])
        mkdocs_log.propagate = saved_log[1]
        mkdocs_log.handlers[:] = saved_log[2]
        build_module.log.filters[:] = saved_filters


def run_mkdocs(args: list[str], *, cwd: Path) -> tuple[int, str]:
    """(exit code, everything printed) of `mkdocs <args>` run in folder `cwd`."""
    from click.testing import CliRunner
    from mkdocs import __main__ as mkdocs_cli

    # A piped subprocess sees no terminal and so never wraps lines; neither does this run.
    mkdocs_cli.ColorFormatter.text_wrapper.width = 0
    with as_a_process(cwd):
        result = CliRunner().invoke(mkdocs_cli.cli, args, prog_name="mkdocs")
    output = result.output
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        output += "".join(traceback.format_exception(result.exception))
    return result.exit_code, output


def run_cli(args: list[str], *, cwd: Path, env: dict[str, str] | None = None):
    """`ita-site <args>` run in folder `cwd` inside the test process, as a CompletedProcess
    (stdout and stderr apart, as the tests of a subprocess read them). `env` is added to the
    environment for the run only."""
    import io
    import subprocess

    from ita_site.cli import main

    out, err = io.StringIO(), io.StringIO()
    with as_a_process(cwd, env), contextlib.redirect_stdout(out), \
            contextlib.redirect_stderr(err):
        try:
            code = main(args)
        except SystemExit as stop:  # argparse's own errors end the command like this
            code = stop.code if isinstance(stop.code, int) else 1
        except Exception as error:  # what would have ended the process with a traceback
            traceback.print_exception(error)
            code = 1
    return subprocess.CompletedProcess(["ita-site", *args], code, out.getvalue(), err.getvalue())
