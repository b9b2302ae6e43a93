"""Core errors carry an English template and its fields; str() is the English line."""

from __future__ import annotations

import errno
import os
import pickle

import pytest

from reader.errors import LoadError, Phrase, os_reason
from reader.fetching import HTTPStatusError


def test_the_message_is_the_template_filled_in() -> None:
    error = LoadError("{name} is {kind}, not a file.", name="fifo", kind=Phrase("a pipe (FIFO)"))
    assert str(error) == "fifo is a pipe (FIFO), not a file."
    assert error.phrase.template == "{name} is {kind}, not a file."
    assert error.phrase.fields["kind"] == Phrase("a pipe (FIFO)")


def test_a_message_without_fields_keeps_its_braces() -> None:
    assert str(LoadError("https://example.org/{id} is odd.")) == "https://example.org/{id} is odd."


def test_an_error_crosses_processes_with_its_template_and_fields() -> None:
    error = HTTPStatusError("There is no page at {url} (HTTP {status}).", 404, url="x", status=404)
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is HTTPStatusError and again.status == 404
    assert str(again) == "There is no page at x (HTTP 404)."
    assert again.phrase == error.phrase


@pytest.mark.parametrize(
    ("number", "reason"),
    [
        (errno.ENOENT, "no such file or folder"),
        (errno.EACCES, "permission denied"),
        (errno.EISDIR, "it is a folder"),
        (errno.ENOTDIR, "part of the path is not a folder"),
        (errno.ENOSPC, "no space left on the disk"),
        (errno.EDQUOT, "your disk quota is used up"),
        (errno.EROFS, "the disk is read-only"),
        (errno.ENAMETOOLONG, "the name is too long"),
        (errno.EMFILE, "too many files are open"),
        (errno.ENFILE, "too many files are open"),
        (errno.EIO, "input/output error (a failing or removed disk?)"),
        (errno.EFBIG, "the file is too large"),
        (errno.EBUSY, "the file is in use"),
        (errno.ENOTEMPTY, "the folder is not empty"),
        (errno.ELOOP, "too many symbolic links (a loop?)"),
        (errno.ENOMEM, "not enough memory"),
        (errno.ECONNRESET, "the connection was reset"),
    ],
)
def test_common_system_errors_are_phrases_a_reader_understands(number: int, reason: str) -> None:
    # Built as the OS builds them: errno, its English text, the file.
    phrase = os_reason(OSError(number, os.strerror(number), "/tmp/x"))
    assert isinstance(phrase, Phrase)
    assert phrase.template == reason and str(phrase) == reason


def test_a_rare_system_error_keeps_the_systems_own_words() -> None:
    assert os_reason(OSError(errno.EXDEV, os.strerror(errno.EXDEV), "/tmp/x")) == os.strerror(
        errno.EXDEV
    )
    # No errno, no strerror: the error's own message, not "None".
    assert os_reason(OSError("the socket closed")) == "the socket closed"
