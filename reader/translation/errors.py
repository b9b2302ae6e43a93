"""Errors of the translation core; every message is one line a user can read."""

from __future__ import annotations

from reader.byte_sizes import byte_size
from reader.errors import Cancelled, LisibleError


class TranslationError(LisibleError):
    """Translating, or installing or downloading a model, failed."""


class ModelMissing(TranslationError):
    """No installed package translates `from_code` to `to_code`.

    `download_size` is the package's size in bytes when the index was
    reachable and lists one, else None.
    """

    def __init__(self, from_code: str, to_code: str, download_size: int | None = None) -> None:
        self.from_code = from_code
        self.to_code = to_code
        self.download_size = download_size
        size = f" ({byte_size(download_size)})" if download_size else ""
        # The commands to run: the window offers its own dialog instead of this line.
        super().__init__(
            f"no translation model for {from_code}→{to_code} is installed: "
            f"install an .argosmodel file (lisible models install FILE) or download it{size} "
            f"(lisible models download {from_code} {to_code})"
        )

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.from_code, self.to_code, self.download_size))


#: The caller cancelled a translation or a download: the one cancellation.
TranslationCancelled = Cancelled


class PackageError(TranslationError):
    """A package file is not a valid, safe .argosmodel, or could not be installed."""


class DownloadError(TranslationError):
    """The package index or a package could not be downloaded."""
