"""HTTP content decoding (gzip, deflate) with a size cap after every layer.

httpx inflates each network chunk whole: 16 KB of `Content-Encoding: gzip,
gzip` become 10 GB in one call, long before a caller can count the bytes.
Here each layer is inflated a bounded piece at a time (zlib's `max_length`),
so no layer ever holds more than the cap, and the first layer to pass it
stops the download.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator

#: zlib window bits for each content coding: gzip's header, zlib's header.
_WBITS = {"gzip": 31, "x-gzip": 31, "deflate": 15}
#: Raw deflate, which some servers send for "deflate" (without zlib's header).
_RAW_DEFLATE = -15

#: What the fetchers ask for: the codings this module can undo, and no other.
ACCEPT_ENCODING = "gzip, deflate"


class DecodedTooLarge(Exception):
    """A layer of decoding passed the cap."""


class UnknownEncoding(Exception):
    """The body is compressed in a way this module cannot undo (br, zstd, x-evil)."""

    def __init__(self, encoding: str) -> None:
        super().__init__(encoding)
        self.encoding = encoding


class DamagedEncoding(Exception):
    """The compressed body is not valid gzip or deflate."""


def codings(header_values: Iterable[str]) -> list[str]:
    """Return the content codings of `Content-Encoding` headers, in the order applied.

    Raises:
        UnknownEncoding: one of them cannot be undone here.
    """
    found = []
    for value in header_values:
        for part in value.split(","):
            coding = part.strip().lower()
            if coding in ("", "identity"):
                continue
            if coding not in _WBITS:
                raise UnknownEncoding(coding)
            found.append(coding)
    return found


def decoded(chunks: Iterable[bytes], applied: list[str], max_bytes: int) -> Iterator[bytes]:
    """Undo `applied` codings (last applied first) on a stream of raw chunks.

    Raises:
        DecodedTooLarge: a layer's output passed `max_bytes`.
        DamagedEncoding: a layer's input is not valid compressed data.
    """
    stream: Iterable[bytes] = chunks
    for coding in reversed(applied):
        stream = _Layer(coding, max_bytes).run(stream)
    return iter(stream)


class _Layer:
    """One coding undone, at most `max_bytes` of output in all."""

    def __init__(self, coding: str, max_bytes: int) -> None:
        self._coding = coding
        self._wbits = _WBITS[coding]
        self._max = max_bytes
        self._out = 0
        self._inflater = zlib.decompressobj(self._wbits)
        self._started = False

    def run(self, chunks: Iterable[bytes]) -> Iterator[bytes]:
        for chunk in chunks:
            yield from self._feed(chunk)
        try:
            tail = self._inflater.flush()
        except zlib.error as error:
            raise DamagedEncoding(str(error)) from None
        self._count(tail)
        if tail:
            yield tail

    def _feed(self, data: bytes) -> Iterator[bytes]:
        while data:
            room = self._max + 1 - self._out
            try:
                piece = self._inflater.decompress(data, room)
            except zlib.error as error:
                if self._coding == "deflate" and not self._started:
                    # No zlib header: the raw deflate some servers send.
                    self._inflater = zlib.decompressobj(_RAW_DEFLATE)
                    self._started = True
                    continue
                raise DamagedEncoding(str(error)) from None
            self._started = True
            self._count(piece)
            if piece:
                yield piece
            data = self._inflater.unconsumed_tail
            if self._inflater.eof:
                # gzip allows several members one after the other.
                data = self._inflater.unused_data
                if data and self._wbits == 31:
                    self._inflater = zlib.decompressobj(self._wbits)
                else:
                    return

    def _count(self, piece: bytes) -> None:
        self._out += len(piece)
        if self._out > self._max:
            raise DecodedTooLarge(self._coding)
