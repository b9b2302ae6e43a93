"""Offline French↔English translation: packages, sentence splitting, engine, cache.

Qt-free; the heavy modules (ctranslate2, sentencepiece, httpx) are imported
inside the functions that need them.

Each name below is imported from its module the first time it is asked for:
the window asks whether a model is installed on its UI thread as each article
shows, and the checker's figure patterns (a tenth of a second to import) belong
on the worker that translates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.lazy_names import lazy_names

if TYPE_CHECKING:
    from reader.translation.check import Issue, SentenceCheck, check_pair
    from reader.translation.engine import (
        preload,
        translate_article,
        translate_text,
        translation_direction,
    )
    from reader.translation.errors import (
        DownloadError,
        ModelMissing,
        PackageError,
        TranslationCancelled,
        TranslationError,
    )
    from reader.translation.packages import (
        PackageInfo,
        RemotePackage,
        download_package,
        fetch_index,
        find_package,
        install_package,
        installed_packages,
        remove_package,
    )
    from reader.translation.results import SentencePair, Translation, TranslationSettings
    from reader.translation.sentences import split_sentences

#: Where each public name lives.
_HOMES = {
    "Issue": "check",
    "SentenceCheck": "check",
    "check_pair": "check",
    "preload": "engine",
    "translate_article": "engine",
    "translate_text": "engine",
    "translation_direction": "engine",
    "DownloadError": "errors",
    "ModelMissing": "errors",
    "PackageError": "errors",
    "TranslationCancelled": "errors",
    "TranslationError": "errors",
    "PackageInfo": "packages",
    "RemotePackage": "packages",
    "download_package": "packages",
    "fetch_index": "packages",
    "find_package": "packages",
    "install_package": "packages",
    "installed_packages": "packages",
    "remove_package": "packages",
    "SentencePair": "results",
    "Translation": "results",
    "TranslationSettings": "results",
    "split_sentences": "sentences",
}

__all__ = [
    "DownloadError",
    "Issue",
    "ModelMissing",
    "PackageError",
    "PackageInfo",
    "RemotePackage",
    "SentenceCheck",
    "SentencePair",
    "Translation",
    "TranslationCancelled",
    "TranslationError",
    "TranslationSettings",
    "check_pair",
    "download_package",
    "fetch_index",
    "find_package",
    "install_package",
    "installed_packages",
    "preload",
    "remove_package",
    "split_sentences",
    "translate_article",
    "translate_text",
    "translation_direction",
]

__getattr__ = lazy_names(globals(), _HOMES)
