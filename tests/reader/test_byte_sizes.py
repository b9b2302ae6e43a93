"""Byte counts in the core's messages: one way, in units of 1024 as the limits are set."""

from __future__ import annotations

import pytest

from reader.byte_sizes import byte_size

MB = 1024 * 1024


@pytest.mark.parametrize(
    ("count", "written"),
    [
        (1, "1 KB"),
        (512 * 1024, "512 KB"),
        (50 * MB, "50 MB"),
        # Just over a limit never reads as the limit itself.
        (50 * MB + 100 * 1024, "50.1 MB"),
        (int(2.1 * MB), "2.1 MB"),
        (150 * MB + 1, "150 MB"),
    ],
)
def test_sizes_read_as_people_read_them(count: int, written: str) -> None:
    assert byte_size(count) == written
