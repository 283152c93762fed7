"""Every sentence shown to users, in Thai with English beside it.

One module per area keeps wording reviewable in one folder. A message is a :class:`Text`
template; :class:`ita_site.base.problems.Problem` pairs it with a place in a file.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class Text:
    """A bilingual message template: what is wrong and how to fix it."""

    th: str
    en: str
    fix_th: str = ""
    fix_en: str = ""

    def format(self, **values: object) -> "Text":
        return Text(
            self.th.format(**values),
            self.en.format(**values),
            self.fix_th.format(**values),
            self.fix_en.format(**values),
        )


def say(text: Text, stream=None) -> None:
    """Print a message for the command line: Thai, then English, then the fix in both."""
    stream = stream or sys.stdout
    print(text.th, file=stream)
    print(f"  ({text.en})", file=stream)
    if text.fix_th:
        print(f"  วิธีแก้: {text.fix_th} (fix: {text.fix_en})", file=stream)
