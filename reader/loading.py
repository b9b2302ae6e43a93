"""Bytes to text: read a source, find its encoding and what kind of document it is."""

from __future__ import annotations

import codecs
import logging
import os
import re
import stat
import zlib
from dataclasses import dataclass
from pathlib import Path

from reader.article import SourceFormat
from reader.byte_sizes import byte_size
from reader.errors import (
    EmptyInput,
    InputTooLarge,
    LoadError,
    Phrase,
    UnsupportedInput,
    os_reason,
)

log = logging.getLogger(__name__)

#: Largest source Lisible opens. A long-read article is well under 1 MB of HTML
#: and "Web page, complete" saves stay under 10 MB; beyond 50 MB the input is
#: almost surely not an article, and parsing it would freeze the app for long.
MAX_BYTES = 50 * 1024 * 1024

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
TEXT_SUFFIXES = frozenset({".txt", ".text", ""})

#: Leading bytes of common binary formats, with the name a user knows them by.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", Phrase("a PNG image")),
    (b"\xff\xd8\xff", Phrase("a JPEG image")),
    (b"GIF87a", Phrase("a GIF image")),
    (b"GIF89a", Phrase("a GIF image")),
    (b"RIFF", Phrase("a RIFF media file")),
    (b"%PDF-", Phrase("a PDF document")),
    (b"PK\x03\x04", Phrase("a ZIP archive (or an office document)")),
    (b"PK\x05\x06", Phrase("an empty ZIP archive")),
    (b"\x7fELF", Phrase("a program (ELF executable)")),
    (b"MZ", Phrase("a Windows program")),
    (b"\x1f\x8b", Phrase("a gzip archive")),
    (b"BZh", Phrase("a bzip2 archive")),
    (b"\xfd7zXZ\x00", Phrase("an xz archive")),
    (b"7z\xbc\xaf\x27\x1c", Phrase("a 7-Zip archive")),
    (b"Rar!\x1a\x07", Phrase("a RAR archive")),
    (b"SQLite format 3\x00", Phrase("an SQLite database")),
    (b"\x00\x00\x01\x00", Phrase("an icon file")),
    (b"OggS", Phrase("an Ogg media file")),
    (b"ID3", Phrase("an MP3 file")),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", Phrase("an old Office document")),
)

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Only the head of a page is searched for a declared charset, as browsers do
#: (the HTML standard's prescan looks at the first 1024 bytes; we allow more
#: because real pages put long scripts before their meta tags).
_DECLARATION_WINDOW = 16 * 1024
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]+)""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.\-]+)""")

_HTML_START = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAG = re.compile(r"</?(?:p|div|span|br|a|h[1-6]|article|section|li|ul|table)\b[^>]*>", re.I)
#: Markdown constructs that plain scraped text hardly ever has at a line start.
_MARKDOWN_LINE = re.compile(
    r"^(?:#{1,6}\s+\S|```|!\[[^\]]*\]\(|\[[^\]]+\]\([^)]+\)|>\s|[-*+]\s+\[[ xX]\]\s)", re.M
)

#: A share of control characters (other than tab, newlines and form feed)
#: beyond which decoded "text" is really binary data.
_MAX_CONTROL_SHARE = 0.02
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")

#: How much decoded text the encoding judgement reads: plenty for a verdict,
#: and quick on a 50 MB file.
_JUDGED_CHARACTERS = 65536
#: Punctuation and signs that Western articles use beyond ASCII.
_WESTERN_MARKS = frozenset("\u00a0\u202f«»‘’‚“”„–—…•·€£¥°§©®™±×÷¼½¾²³¹ºª¡¿†‡‰′″")
#: Non-ASCII characters that are neither letters nor such marks: a few can be
#: legitimate symbols, more mean the bytes were not windows-1252.
_MAX_UNUSUAL_SHARE = 0.1
#: French has about 4% accented letters, other Western languages less; a
#: text that is mostly non-ASCII letters in windows-1252 is another script
#: (Cyrillic or Greek code pages) read wrongly.
_MAX_ACCENTED_SHARE = 0.3
#: Below this many letters the share says nothing ("Hé" is half accented).
_MIN_LETTERS_TO_JUDGE = 50
#: Two or more capital-accented letters glued to lowercase ones ("Ã©", "Ã¨")
#: is what UTF-8 read as windows-1252 looks like.
_MOJIBAKE = re.compile(r"[ÃÂ][\u0080-\u00bf]")


@dataclass(frozen=True)
class Source:
    """A decoded source, ready for cleaning."""

    text: str
    format: SourceFormat
    name: str
    encoding: str


def load_path(path: str | os.PathLike[str], max_bytes: int = MAX_BYTES) -> Source:
    """Read a file and decode it.

    Raises:
        LoadError: the file is missing, a folder, or unreadable.
        InputTooLarge: the file is over `max_bytes`.
        UnsupportedInput: the file is binary or of a kind Lisible cannot show.
        EmptyInput: the file has no text.
    """
    file = Path(path)
    data = _read_bytes(file, max_bytes)
    if file.suffix.lower() == ".gz" and data.startswith(b"\x1f\x8b"):
        data = _gunzip(data, max_bytes, file.name)
        file = file.with_suffix("")
    return decode_source(data, str(path), suffix=file.suffix.lower())


def path_of_file_url(url: str) -> str:
    """Return the path a `file://` address names.

    Raises:
        LoadError: the address cannot be read as one.
    """
    from urllib.parse import unquote, urlsplit

    try:
        return unquote(urlsplit(url).path)
    except ValueError:
        raise LoadError("{url} is not a valid file address.", url=repr(url)) from None


def decode_source(data: bytes, name: str, suffix: str = "", declared: str | None = None) -> Source:
    """Decode bytes from a file, a download or the clipboard into a `Source`.

    `declared` is a charset from outside the document (an HTTP header).
    """
    if not data.strip():
        raise EmptyInput("{name} is empty.", name=_display(name))
    kind = _binary_kind(data)
    if kind:
        raise UnsupportedInput("{name} is {kind}, not an article.", name=_display(name), kind=kind)
    text, encoding = decode(data, declared)
    if _looks_binary(text):
        raise UnsupportedInput(
            "{name} looks like binary data, not an article.", name=_display(name)
        )
    text = text.replace("\x00", "")
    if not text.strip():
        raise EmptyInput("{name} has no text.", name=_display(name))
    return Source(text=text, format=sniff_format(text, suffix), name=name, encoding=encoding)


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Return the text of `data` and the encoding it was read with.

    Order: byte-order mark; UTF-16 without a mark; strict UTF-8 (valid UTF-8 with
    non-ASCII bytes is almost never accidental, so it beats a declaration that
    says otherwise); the charset declared by the caller or in the document;
    detection; and windows-1252, which decodes anything.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace"), encoding
    utf16 = _bomless_utf16(data)
    if utf16:
        return data.decode(utf16, errors="replace"), utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        if _is_truncated_utf8(data, error) or _is_mostly_utf8(data):
            # A download or copy cut mid-character, or a stray byte in UTF-8:
            # keep the text, with U+FFFD for what cannot be read.
            return data.decode("utf-8", errors="replace"), "utf-8"
    for label in (declared, _declared_charset(data)):
        codec = _codec_name(label)
        if codec and codec not in {"utf-8", "utf-16", "utf-32"}:
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                log.debug("declared charset %s does not fit the bytes", codec)
    western = _as_western(data)
    if western is not None:
        return western, "cp1252"
    detected = _detect(data)
    if detected:
        return data.decode(detected, errors="replace"), detected
    return data.decode("cp1252", errors="replace"), "cp1252"


def sniff_format(text: str, suffix: str = "") -> SourceFormat:
    """Tell HTML, Markdown and plain text apart, by content first, then by name."""
    head = text[:4096]
    if _HTML_START.match(head):
        return SourceFormat.HTML
    if suffix in HTML_SUFFIXES and _HTML_TAG.search(head):
        return SourceFormat.HTML
    if suffix in MARKDOWN_SUFFIXES:
        return SourceFormat.MARKDOWN
    if suffix not in TEXT_SUFFIXES and len(_HTML_TAG.findall(head)) >= 3:
        return SourceFormat.HTML
    if suffix not in TEXT_SUFFIXES and len(_MARKDOWN_LINE.findall(head)) >= 2:
        return SourceFormat.MARKDOWN
    return SourceFormat.TEXT


def _read_bytes(file: Path, max_bytes: int) -> bytes:
    try:
        if file.is_dir():
            raise LoadError("{name} is a folder, not a file.", name=_display(file))
        status = file.stat()
        if not stat.S_ISREG(status.st_mode):
            # A FIFO would block the open (and the window's quit) until a
            # writer came; a device such as /dev/zero never ends.
            raise LoadError(
                "{name} is {kind}, not a file; "
                "to read a stream, give - and pipe it to standard input.",
                name=_display(file),
                kind=_special_kind(status.st_mode),
            )
        size = status.st_size
        if size > max_bytes:
            raise InputTooLarge(
                "{name} is {size}; Lisible opens files up to {limit}.",
                name=_display(file),
                size=byte_size(size),
                limit=byte_size(max_bytes),
            )
        with file.open("rb") as stream:
            # Read one byte past the limit: a file that grew, or a device or
            # pipe whose size stat cannot tell, is still capped.
            data = stream.read(max_bytes + 1)
    except FileNotFoundError:
        raise LoadError("{name} does not exist.", name=_display(file)) from None
    except PermissionError:
        raise LoadError("{name} cannot be read: permission denied.", name=_display(file)) from None
    except OSError as error:
        raise LoadError(
            "{name} cannot be read: {reason}.", name=_display(file), reason=os_reason(error)
        ) from None
    except ValueError:  # a NUL byte in the name (file:///tmp/x%00.txt)
        raise LoadError("{name} is not a valid file name.", name=repr(_display(file))) from None
    if len(data) > max_bytes:
        raise InputTooLarge(
            "{name} is over {limit}, the most Lisible opens.",
            name=_display(file),
            limit=byte_size(max_bytes),
        )
    return data


def _special_kind(mode: int) -> Phrase:
    if stat.S_ISFIFO(mode):
        return Phrase("a pipe (FIFO)")
    if stat.S_ISSOCK(mode):
        return Phrase("a socket")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return Phrase("a device")
    return Phrase("a special file")


def _gunzip(data: bytes, max_bytes: int, name: str) -> bytes:
    # Decompress in bounded steps so that a small "zip bomb" cannot fill memory.
    inflater = zlib.decompressobj(wbits=31)
    try:
        out = inflater.decompress(data, max_bytes + 1)
    except zlib.error:
        raise UnsupportedInput("{name} is a damaged gzip file.", name=name) from None
    if len(out) > max_bytes or inflater.unconsumed_tail:
        raise InputTooLarge(
            "{name} unpacks to over {limit}, the most Lisible opens.",
            name=name,
            limit=byte_size(max_bytes),
        )
    if not inflater.eof:
        raise UnsupportedInput("{name} is a truncated gzip file.", name=name)
    return out


def _binary_kind(data: bytes) -> Phrase | None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            # Marks of two or three bytes ("MZ", "ID3", "BZh") can also begin
            # a text: trust them only when the head is not plain text.
            if len(magic) <= 3 and b"\x00" not in data[:512]:
                continue
            return kind
    return None


def _bomless_utf16(data: bytes) -> str | None:
    # Text in UTF-16 has a zero byte in nearly every other position for Latin
    # scripts; which half holds the zeros gives the byte order.
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 4:
        return None
    half = len(sample) // 2
    zeros_odd = sample[1::2].count(0)
    zeros_even = sample[0::2].count(0)
    if zeros_odd > 0.7 * half and zeros_even < 0.1 * half:
        return "utf-16-le"
    if zeros_even > 0.7 * half and zeros_odd < 0.1 * half:
        return "utf-16-be"
    return None


def _is_truncated_utf8(data: bytes, error: UnicodeDecodeError) -> bool:
    # Only the last 3 bytes may be an unfinished sequence, and the bytes before
    # must show UTF-8 of their own: a lone "\xe9" at the end of ASCII text is
    # far more likely windows-1252's "é".
    if error.start < len(data) - 3 or error.reason != "unexpected end of data":
        return False
    head = data[: error.start]
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return not head.isascii()


#: Valid multi-byte UTF-8 characters needed per invalid byte to read a text as
#: UTF-8 all the same. windows-1252 text almost never forms a valid sequence
#: ("é" is one byte followed by ASCII), while a UTF-8 page with a stray byte
#: has dozens of valid ones for each bad one: reading it as windows-1252 would
#: turn every accent of the page into mojibake ("marchÃ©") to keep one byte.
_UTF8_VALID_PER_INVALID = 10


def _is_mostly_utf8(data: bytes) -> bool:
    sample = data[: _JUDGED_CHARACTERS * 4]
    text = sample.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - sample.count("\ufffd".encode())
    valid = sum(1 for char in text if ord(char) > 127) - text.count("\ufffd")
    return invalid > 0 and valid >= _UTF8_VALID_PER_INVALID * invalid


def _declared_charset(data: bytes) -> str | None:
    head = data[:_DECLARATION_WINDOW]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii", errors="ignore") if match else None


def _codec_name(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    # Browsers read "latin-1" and "ascii" labels as windows-1252, and so do
    # the pages that declare them: curly quotes and € live in 0x80-0x9F.
    if name in {"latin-1", "iso8859-1", "ascii"}:
        return "cp1252"
    return name


def _as_western(data: bytes) -> str | None:
    # Lisible's readers bring French and English pages, and the non-UTF-8 ones
    # are nearly all windows-1252. Generic detectors often take such French
    # text for a Baltic or Central European code page, so accept windows-1252
    # first when what it decodes to reads like Western text.
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    return text if _reads_western(text[:_JUDGED_CHARACTERS]) else None


def _reads_western(text: str) -> bool:
    non_ascii = [c for c in text if ord(c) > 127]
    unusual = [c for c in non_ascii if not c.isalpha() and c not in _WESTERN_MARKS]
    if non_ascii and len(unusual) > _MAX_UNUSUAL_SHARE * len(non_ascii):
        return False
    if _MOJIBAKE.search(text):
        return False
    letters = sum(1 for c in text if c.isalpha())
    accented = sum(1 for c in non_ascii if c.isalpha())
    return letters < _MIN_LETTERS_TO_JUDGE or accented <= _MAX_ACCENTED_SHARE * letters


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # a detector is only needed for odd files

    best = from_bytes(data[: _DECLARATION_WINDOW * 8]).best()
    if best is None:
        return None
    return _codec_name(best.encoding)


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    if not sample:
        return False
    return len(_CONTROL.findall(sample)) > _MAX_CONTROL_SHARE * len(sample)


def _display(name: str | os.PathLike[str]) -> str:
    text = str(name)
    return os.path.basename(text.rstrip("/")) or text
