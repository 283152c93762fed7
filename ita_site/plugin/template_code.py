"""The theme's templates, compiled once per process instead of once per build.

MkDocs makes a new Jinja environment for every build, so every build parses and compiles
Material's templates and ours again: about 0.2 s of CPU, which is half of a small agency's
build, and at 1,000 measures about half of a plain MkDocs rebuild after a one-line edit under
`mkdocs serve`. Jinja's own bytecode cache (an environment's `bytecode_cache`, a documented
Jinja setting) keeps the compiled code between the environments of one process: every rebuild
of `mkdocs serve`, and every agency a portal worker builds after its first. Jinja checks each
template's source against the checksum it was compiled from, so an edited template is compiled
again. Nothing is written to disk.
"""

from __future__ import annotations

import functools
import threading

from jinja2 import BytecodeCache, Environment
from jinja2.bccache import Bucket

# Templates of distinct files (each agency's own `overrides/`, say) beyond this are forgotten,
# oldest first, so a long-lived portal worker keeps a bounded amount.
MAX_TEMPLATES = 1000


class CompiledTemplates(BytecodeCache):
    """Compiled templates in memory, by the template and the settings of its environment."""

    def __init__(self, limit: int = MAX_TEMPLATES) -> None:
        self._code: dict[tuple, bytes] = {}
        self._limit = limit
        # A Dask worker may build two agencies at once, in two threads.
        self._lock = threading.Lock()

    def attach(self, env: Environment) -> None:
        env.bytecode_cache = self

    def load_bytecode(self, bucket: Bucket) -> None:
        with self._lock:
            code = self._code.get(_key(bucket))
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        key, code = _key(bucket), bucket.bytecode_to_string()
        with self._lock:
            self._code.pop(key, None)
            self._code[key] = code
            while len(self._code) > self._limit:
                del self._code[next(iter(self._code))]

    def clear(self) -> None:
        with self._lock:
            self._code.clear()


@functools.cache
def in_this_process() -> CompiledTemplates:
    """The one store of compiled templates every build of this process shares."""
    return CompiledTemplates()


def _key(bucket: Bucket) -> tuple:
    """Code compiled with other extensions, syntax or output settings is not shared."""
    env = bucket.environment
    return (bucket.key, tuple(sorted(env.extensions)), env.block_start_string,
            env.block_end_string, env.variable_start_string, env.variable_end_string,
            env.comment_start_string, env.comment_end_string, env.line_statement_prefix,
            env.line_comment_prefix, env.trim_blocks, env.lstrip_blocks, env.optimized,
            env.newline_sequence, env.keep_trailing_newline, env.autoescape, env.finalize,
            env.is_async)
