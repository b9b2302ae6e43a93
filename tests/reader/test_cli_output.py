"""The CLI's last line of defence: closed streams, full disks, odd arguments.

Each gives one line on standard error and exit status 1, never a traceback.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_support import run_cli

ROOT = Path(__file__).parent.parent.parent


def sample_page(folder: Path) -> Path:
    page = folder / "page.html"
    page.write_text(
        "<html><body><article><h1>Market</h1>"
        + "<p>The covered market reopened this morning after two years of work.</p>" * 40
        + "</article></body></html>",
        encoding="utf-8",
    )
    return page


def run_shell(command: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m reader` inside a shell line (for redirections and pipes)."""
    return subprocess.run(
        ["/bin/sh", "-c", command.replace("READER", f"{sys.executable} -m reader")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
        check=False,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], part: str) -> None:
    assert result.returncode == 1, result
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert part in result.stderr


def test_a_closed_standard_output(tmp_path: Path) -> None:
    result = run_shell(f"READER clean {sample_page(tmp_path)} >&-")
    assert_one_line_error(result, "standard output is closed")


def test_a_full_disk_for_output(tmp_path: Path) -> None:
    result = run_shell(f"READER clean {sample_page(tmp_path)} > /dev/full")
    assert_one_line_error(result, "cannot write the output: no space left on the disk.")


def test_a_reader_that_stops_reading_is_no_error(tmp_path: Path) -> None:
    page = sample_page(tmp_path)
    # Big enough to fill the pipe's buffer after `true` exits.
    big = tmp_path / "big.html"
    big.write_text(page.read_text() * 50, encoding="utf-8")
    result = run_shell(f"READER clean --format json {big} | true; echo status=$?")
    assert "Traceback" not in result.stderr and "Exception" not in result.stderr
    assert result.stderr == ""


def test_a_closed_standard_input() -> None:
    assert_one_line_error(run_shell("READER clean - <&-"), "Standard input is closed")


@pytest.mark.parametrize(
    ("args", "part"),
    [
        (("clean", "http://[::1"), "not a valid web address"),
        (("clean", "http://exa\x1bmple.org/"), "control characters"),
        (("clean", "file:///tmp/x%00.txt"), "not a valid file name"),
        (("clean", "file://[::1"), "not a valid file address"),
    ],
)
def test_odd_addresses_are_one_line_errors(args: tuple[str, ...], part: str) -> None:
    assert_one_line_error(run_cli(*args), part)


@pytest.mark.parametrize(
    "args",
    [
        ("library", "show", "99999999999999999999"),
        ("library", "remove", "99999999999999999999"),
        ("library", "search", "x", "--limit", "99999999999999999999"),
    ],
)
def test_numbers_beyond_the_database_are_usage_errors(args: tuple[str, ...]) -> None:
    result = run_cli(*args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "give a number from 1 to" in result.stderr


def test_an_unexpected_error_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from reader import cli
    from reader.commands import clean

    def broken(args: object) -> int:
        raise RuntimeError("a bug\x1b[2J")

    monkeypatch.setattr(clean, "run", broken)
    assert cli.main(["clean", "x.html"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "\x1b" not in err
    assert err.strip().splitlines() == [
        "lisible: unexpected error (RuntimeError: a bug\\u001b[2J); run with --verbose for details."
    ]
