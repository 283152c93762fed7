"""Scores written the way agencies and ITAS print them."""

from __future__ import annotations


def format_score(value: float | None, *, missing: str = "–") -> str:
    """Two decimals, as on result sheets: 95.42, 50.00, 100.00; `missing` when None."""
    if value is None:
        return missing
    return f"{value:.2f}"
