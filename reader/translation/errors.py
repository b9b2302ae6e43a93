"""Errors of the translation core; every message is one line a user can read."""

from __future__ import annotations

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
        size = f" ({human_size(download_size)})" if download_size else ""
        # The commands to run: the window offers its own dialog instead of this line.
        super().__init__(
            f"no translation model for {from_code}→{to_code} is installed: "
            f"install an .argosmodel file (lisible models install FILE) or download it{size} "
            f"(lisible models download {from_code} {to_code})"
        )

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.from_code, self.to_code, self.download_size))


def human_size(size: int) -> str:
    """Return a size in bytes the way a download dialog shows it ("89 MB", "1.3 MB")."""
    if size >= 10_000_000:
        return f"{size / 1e6:.0f} MB"
    if size >= 1_000_000:
        return f"{size / 1e6:.1f} MB"
    return f"{max(1, round(size / 1e3))} kB"


#: The caller cancelled a translation or a download: the one cancellation.
TranslationCancelled = Cancelled


class PackageError(TranslationError):
    """A package file is not a valid, safe .argosmodel, or could not be installed."""


class DownloadError(TranslationError):
    """The package index or a package could not be downloaded."""
