"""Loading: bytes to text with the right encoding, and bad files refused clearly."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest

from reader.article import SourceFormat
from reader.errors import EmptyInput, InputTooLarge, LisibleError, LoadError, UnsupportedInput
from reader.loading import decode, decode_source, load_path, sniff_format

FRENCH = "Le café coûte 3 € à l’été ; « déjà » très cher, dit l’élève. Ça ira mieux demain.\n" * 4


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (FRENCH.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + FRENCH.encode("utf-8"), "utf-8"),
        (FRENCH.encode("cp1252"), "cp1252"),
        (FRENCH.encode("utf-16"), "utf-16-le"),
        (FRENCH.encode("utf-16-le"), "utf-16-le"),
        (FRENCH.encode("utf-16-be"), "utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "cp1252", "utf16-bom", "utf16le-no-bom", "utf16be-no-bom"],
)
def test_decode_reads_french_in_common_encodings(data: bytes, encoding: str) -> None:
    text, found = decode(data)
    assert text == FRENCH
    assert found == encoding


def test_latin1_declared_page_decodes_curly_quotes_as_windows_1252() -> None:
    page = '<html><head><meta charset="iso-8859-1"></head><body>l’été « 5 € »</body></html>'
    text, encoding = decode(page.encode("cp1252"))
    assert "l’été « 5 € »" in text
    assert encoding == "cp1252"


def test_windows_1252_declared_as_utf8_still_decodes() -> None:
    page = '<html><head><meta charset="utf-8"></head><body>' + FRENCH + "</body></html>"
    text, _ = decode(page.encode("cp1252"))
    assert FRENCH in text


def test_utf8_declared_as_windows_1252_is_read_as_utf8() -> None:
    page = '<html><head><meta charset="windows-1252"></head><body>' + FRENCH + "</body></html>"
    text, encoding = decode(page.encode("utf-8"))
    assert FRENCH in text
    assert encoding == "utf-8"


def test_truncated_utf8_keeps_everything_before_the_cut() -> None:
    data = FRENCH.encode("utf-8") + "é".encode()[:1]
    text, encoding = decode(data)
    assert encoding == "utf-8"
    assert text.startswith(FRENCH)


def test_cyrillic_code_page_is_not_mistaken_for_western() -> None:
    russian = "Привет, как дела? Это тестовый текст на русском языке, довольно длинный. " * 3
    text, _ = decode(russian.encode("cp1251"))
    assert text == russian


def test_short_windows_1252_text() -> None:
    assert decode("Hé".encode("cp1252"))[0] == "Hé"


@pytest.mark.parametrize(
    ("text", "suffix", "expected"),
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", ".txt", SourceFormat.HTML),
        ("<!-- saved --><html><p>Hello</p></html>", "", SourceFormat.HTML),
        ("<p>Hello</p><p>there</p>", ".html", SourceFormat.HTML),
        ("# Title\n\nSome text.", ".md", SourceFormat.MARKDOWN),
        ("# Title\n\n![x](y.png)\n\nSome [link](http://a).", ".page", SourceFormat.MARKDOWN),
        ("Just some text about 3 < 4 and <p> tags.", ".txt", SourceFormat.TEXT),
        ("Plain words only.", ".html", SourceFormat.TEXT),
    ],
)
def test_format_is_sniffed_from_content_then_name(
    text: str, suffix: str, expected: SourceFormat
) -> None:
    assert sniff_format(text, suffix) is expected


def test_load_path_reads_a_text_file(tmp_path: Path) -> None:
    source = load_path(write(tmp_path, "article.txt", FRENCH.encode("cp1252")))
    assert source.text == FRENCH
    assert source.format is SourceFormat.TEXT
    assert source.name.endswith("article.txt")


def test_load_path_reads_gzipped_html(tmp_path: Path) -> None:
    page = b"<html><body><p>Compressed page.</p></body></html>"
    source = load_path(write(tmp_path, "page.html.gz", gzip.compress(page)))
    assert source.format is SourceFormat.HTML
    assert "Compressed page." in source.text


@pytest.mark.parametrize(
    ("name", "data", "error", "words"),
    [
        ("empty.txt", b"", EmptyInput, "is empty"),
        ("blank.txt", b" \n\t\r\n  ", EmptyInput, "is empty"),
        ("image.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, UnsupportedInput, "PNG"),
        ("archive.zip", b"PK\x03\x04" + bytes(200), UnsupportedInput, "ZIP"),
        ("program", b"\x7fELF\x02\x01\x01" + bytes(300), UnsupportedInput, "program"),
        ("noise.txt", bytes(range(1, 32)) * 300, UnsupportedInput, "binary"),
        ("nul.txt", b"\x00" * 500, UnsupportedInput, "binary"),
    ],
)
def test_bad_files_give_one_line_errors(
    tmp_path: Path, name: str, data: bytes, error: type[Exception], words: str
) -> None:
    with pytest.raises(error) as caught:
        load_path(write(tmp_path, name, data))
    message = str(caught.value)
    assert words in message
    assert "\n" not in message
    assert name in message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="does not exist"):
        load_path(tmp_path / "nowhere.html")


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="folder"):
        load_path(tmp_path)


def test_a_file_where_a_folder_should_be_is_worded_for_a_reader(tmp_path: Path) -> None:
    # ENOTDIR happens to root too: a path that goes through a file.
    notes = write(tmp_path, "notes.txt", b"not a folder")
    with pytest.raises(LoadError) as raised:
        load_path(notes / "article.html")
    assert str(raised.value) == "article.html cannot be read: part of the path is not a folder."


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path, "secret.txt", b"hidden")
    path.chmod(0)
    with pytest.raises(LoadError, match="permission denied"):
        load_path(path)


def test_file_over_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    with path.open("wb") as stream:
        stream.truncate(3 * 1024 * 1024)
    with pytest.raises(InputTooLarge, match="up to 2 MB"):
        load_path(path, max_bytes=2 * 1024 * 1024)


def test_a_file_just_over_the_limit_does_not_read_as_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    with path.open("wb") as stream:
        stream.truncate(2 * 1024 * 1024 + 100 * 1024)
    with pytest.raises(InputTooLarge, match=r"is 2\.1 MB; .* up to 2 MB"):
        load_path(path, max_bytes=2 * 1024 * 1024)


def test_gzip_bomb_is_refused(tmp_path: Path) -> None:
    bomb = gzip.compress(b"<p>" + b"a" * (4 * 1024 * 1024))
    with pytest.raises(InputTooLarge, match="unpacks"):
        load_path(write(tmp_path, "bomb.html.gz", bomb), max_bytes=1024 * 1024)


def test_decode_source_from_clipboard_bytes() -> None:
    source = decode_source(b"# Note\n\nHello.", "clipboard", suffix=".md")
    assert source.format is SourceFormat.MARKDOWN


def test_a_fifo_or_a_device_is_refused_at_once(tmp_path: Path) -> None:
    import threading

    fifo = tmp_path / "article.html"
    os.mkfifo(fifo)
    outcome: list[BaseException] = []

    def load() -> None:
        try:
            load_path(fifo)
        except LisibleError as error:
            outcome.append(error)

    worker = threading.Thread(target=load, daemon=True)
    worker.start()
    worker.join(timeout=10)
    if worker.is_alive():
        # Release the blocked open so the test run can go on, then fail.
        with open(fifo, "wb"):
            pass
        pytest.fail("opening a FIFO blocked")
    assert len(outcome) == 1 and "a pipe (FIFO)" in str(outcome[0])
    with pytest.raises(LoadError, match="is a device"):
        load_path("/dev/zero")


def test_a_nul_byte_in_a_name_is_one_line() -> None:
    with pytest.raises(LoadError, match="not a valid file name"):
        load_path("/tmp/x\x00.txt")


def test_one_bad_byte_in_utf8_keeps_the_page_in_utf8() -> None:
    page = (
        "<html><head><meta charset=utf-8></head><body><h1>Au marché</h1>"
        + "<p>Le marché couvert a rouvert ce matin après deux années de travaux.</p>" * 5
    ).encode() + b"<p>Un octet \xff ici.</p></body></html>"
    text, encoding = decode(page)
    assert encoding == "utf-8"
    assert "Au marché" in text and "après deux années" in text
    assert "Un octet \ufffd ici." in text


def test_windows_1252_is_still_read_as_such() -> None:
    page = "<p>Le marché couvert a rouvert après deux années de travaux.</p>".encode("cp1252")
    text, encoding = decode(page * 5)
    assert encoding == "cp1252"
    assert "marché" in text and "\ufffd" not in text
