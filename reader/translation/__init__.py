"""Offline French↔English translation: packages, sentence splitting, engine, cache.

Qt-free; the heavy modules (ctranslate2, sentencepiece, httpx) are imported
inside the functions that need them.
"""

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
