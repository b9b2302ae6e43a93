"""Byte counts as the core writes them in messages and listings: one way for every size."""

from __future__ import annotations

#: Sizes are counted in units of 1024, as the limits are set (50 MB is 50 × 2²⁰ bytes).
_KB = 1024
_MB = 1024 * 1024


def byte_size(count: int) -> str:
    """Return a byte count for people: "50 MB", "2.1 MB", "512 KB".

    One decimal below 100 MB unless the size is whole, so that a file just
    over a limit does not read as the limit itself ("50.1 MB; … up to 50 MB").
    """
    megabytes = count / _MB
    if megabytes < 1:
        return f"{max(1, round(count / _KB))} KB"
    if megabytes >= 100 or megabytes == int(megabytes):
        return f"{megabytes:.0f} MB"
    return f"{megabytes:.1f} MB"
