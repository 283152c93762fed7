"""The theme's templates, compiled once per `mkdocs serve` instead of once per rebuild.

MkDocs makes a new Jinja environment for every build, so every rebuild parses and compiles
Material's templates and ours again: at 1,000 measures that was about half of a plain MkDocs
rebuild after a one-line edit. Jinja's own bytecode cache (an environment's `bytecode_cache`,
a documented Jinja setting) keeps the compiled code between the environments of one process;
Jinja checks each template's source against the checksum it was compiled from, so an edited
template is compiled again. Nothing is written to disk.
"""

from __future__ import annotations

from jinja2 import BytecodeCache, Environment
from jinja2.bccache import Bucket


class CompiledTemplates(BytecodeCache):
    """Compiled templates in memory, by the template and the settings of its environment."""

    def __init__(self) -> None:
        self._code: dict[tuple, bytes] = {}

    def attach(self, env: Environment) -> None:
        env.bytecode_cache = self

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self._code.get(_key(bucket))
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._code[_key(bucket)] = bucket.bytecode_to_string()

    def clear(self) -> None:
        self._code.clear()


def _key(bucket: Bucket) -> tuple:
    """Code compiled with other extensions or syntax is not shared."""
    env = bucket.environment
    return (bucket.key, tuple(sorted(env.extensions)), env.block_start_string,
            env.block_end_string, env.variable_start_string, env.variable_end_string,
            env.comment_start_string, env.comment_end_string, env.line_statement_prefix,
            env.line_comment_prefix, env.trim_blocks, env.lstrip_blocks, env.optimized,
            env.newline_sequence, env.keep_trailing_newline)
