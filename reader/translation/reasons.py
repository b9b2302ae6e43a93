"""Why a model package or the translation engine failed, worded for a reader.

zipfile, CTranslate2 and SentencePiece explain a failure in English and in
their own terms ("Bad CRC-32 for file …", "Variable 'decoder/layer_1/…' has an
invalid payload size"). What a reader can do about it is one of a few things
(get the file again, install the model again, free some memory), so the reason
says which; the library's own text goes to the log, for whoever debugs.
"""

from __future__ import annotations

import errno
import re
import zipfile

from reader.errors import Phrase, errno_reason, os_reason

#: zipfile finds no archive directory: not a zip at all, or one whose end is
#: missing (the directory is at the end, so a download cut short reads the same).
NOT_A_ZIP = Phrase("it is not a ZIP archive, or it is cut short (an unfinished download?)")
#: A checksum that fails, a bad header, deflate data that stops early.
DAMAGED_ARCHIVE = Phrase("its contents are damaged (a failed copy or download?)")

MODEL_DAMAGED = Phrase("its files are damaged or incomplete (install it again)")
MODEL_FILE_MISSING = Phrase("one of its files is missing (install it again)")
MODEL_TOO_NEW = Phrase("it needs a newer translation engine than this Lisible has")
ENGINE_ERROR = Phrase("the translation engine reported an error (details in the log)")

#: CTranslate2's "Unsupported model binary version … the model has binary version
#: vN". Its format versions go up by one every year or two (v6 in 2023), so a
#: number past this one was read from damaged bytes, not written by a newer release.
_PLAUSIBLE_BINARY_VERSION = 100
_BINARY_VERSION = re.compile(r"model has binary version v(\d+)")
#: How CTranslate2 ("File model.bin is incomplete: failed to read a value…",
#: "Variable '…' has an invalid payload size") and SentencePiece ("could not parse
#: ModelProto") say a file is truncated or garbled.
_DAMAGE_SIGNS = ("incomplete", "invalid payload", "could not parse", "failed to read")
#: CTranslate2's "Unable to open file 'model.bin'", SentencePiece's "NOT_FOUND: …".
_MISSING_SIGNS = ("Unable to open file", "NOT_FOUND")
_OUT_OF_MEMORY_SIGNS = ("bad_alloc", "out of memory")


def archive_reason(error: Exception) -> Phrase:
    """Say why an .argosmodel file cannot be unpacked (zipfile, zlib or an early end)."""
    if isinstance(error, zipfile.BadZipFile) and "not a zip file" in str(error):
        return NOT_A_ZIP
    return DAMAGED_ARCHIVE


def model_load_reason(error: Exception) -> Phrase | str:
    """Say why CTranslate2 or SentencePiece cannot load an installed model."""
    if isinstance(error, OSError):
        return os_reason(error)
    text = str(error)
    if memory := _out_of_memory(text):
        return memory
    if any(sign in text for sign in _MISSING_SIGNS):
        return MODEL_FILE_MISSING
    version = _BINARY_VERSION.search(text)
    if version:
        return MODEL_TOO_NEW if int(version[1]) < _PLAUSIBLE_BINARY_VERSION else MODEL_DAMAGED
    if any(sign in text for sign in _DAMAGE_SIGNS):
        return MODEL_DAMAGED
    return ENGINE_ERROR


def translation_reason(error: Exception) -> Phrase:
    """Say why CTranslate2 failed while translating with a loaded model."""
    return _out_of_memory(str(error)) or ENGINE_ERROR


def _out_of_memory(text: str) -> Phrase | None:
    if any(sign in text for sign in _OUT_OF_MEMORY_SIGNS):
        return errno_reason(errno.ENOMEM)
    return None
