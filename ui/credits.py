"""What Lisible is built on, with versions and licences read from what is installed.

Nothing here is typed in by hand but the list of libraries and what each does:
versions and licences come from the packages' own metadata, the entity and
translation models from the ones on this machine, so Help ▸ About stays true
as they change. No Qt and no spaCy import: reading metadata is enough.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from reader.errors import LisibleError
from ui.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

#: The libraries Lisible runs on, by distribution name, with what each does for the reader.
LIBRARIES: tuple[tuple[str, str], ...] = (
    ("PySide6-Essentials", QT_TRANSLATE_NOOP("Credits", "Qt and Qt for Python: the window")),
    ("spacy", QT_TRANSLATE_NOOP("Credits", "finding people, organisations and places")),
    ("ctranslate2", QT_TRANSLATE_NOOP("Credits", "running the translation models")),
    (
        "sentencepiece",
        QT_TRANSLATE_NOOP("Credits", "cutting text into the translation models' pieces"),
    ),
    ("argos-translate-lt", QT_TRANSLATE_NOOP("Credits", "the translation models' package format")),
    ("readability-lxml", QT_TRANSLATE_NOOP("Credits", "finding the article in a web page")),
    ("lxml", QT_TRANSLATE_NOOP("Credits", "reading HTML")),
    ("langdetect", QT_TRANSLATE_NOOP("Credits", "telling French from English")),
    ("charset-normalizer", QT_TRANSLATE_NOOP("Credits", "guessing a text's encoding")),
    ("httpx", QT_TRANSLATE_NOOP("Credits", "downloading the web pages you ask for")),
)
NOT_STATED = QT_TRANSLATE_NOOP("Credits", "licence not stated by the package")
#: A licence field longer than this is the licence's whole text, not its name.
MAX_LICENCE_NAME = 80
_LICENCE_LINE = re.compile(r"\blicen[cs]e[ds]?\b", re.IGNORECASE)
_LICENCE_HEADING = re.compile(r"licen[cs]es?\s*:?", re.IGNORECASE)


@dataclass(frozen=True)
class Credit:
    """One thing Lisible uses: its name, version, licence, role and where it comes from."""

    name: str
    version: str
    licence: str
    role: str
    #: Further lines: a model's training data and their licences, its folder.
    details: tuple[str, ...] = ()


def libraries() -> list[Credit]:
    """Return the installed libraries of `LIBRARIES`, with their versions and licences."""
    credits = []
    for name, role in LIBRARIES:
        try:
            info = metadata.metadata(name)
        except metadata.PackageNotFoundError:
            continue
        credits.append(
            Credit(info["Name"], info["Version"], _licence(info), translate("Credits", role))
        )
    return credits


def entity_models() -> list[Credit]:
    """Return the spaCy pipelines installed for entities, with their data sources' licences."""
    # Imported here: the entities package is not needed until About opens.
    from reader.entities.ner import LANGUAGES

    distributions = metadata.packages_distributions()
    credits = []
    for language, packages in LANGUAGES.items():
        for package in packages:
            for name in distributions.get(package, ()):
                credit = _spacy_model(name, language)
                if credit is not None:
                    credits.append(credit)
    return credits


def translation_models() -> list[Credit]:
    """Return the installed translation packages, with the licence each states, if any."""
    # Imported here: reading the models folder needs none of the engine.
    from reader.translation.packages import installed_packages

    try:
        packages = installed_packages()
    except (OSError, LisibleError) as error:
        log.warning("cannot list the translation models: %s", error)
        return []
    return [
        Credit(
            package.name,
            package.version,
            _package_licence(package.path),
            translate("Credits", "translation {source} → {target}").format(
                source=package.from_code, target=package.to_code
            ),
            (str(package.path),),
        )
        for package in packages
    ]


def _licence(info: metadata.PackageMetadata) -> str:
    """Return a distribution's licence as it declares it: SPDX expression, field or classifier."""
    expression = _field(info, "License-Expression")
    if expression:
        return expression
    field = _field(info, "License")
    if field and "\n" not in field and len(field) <= MAX_LICENCE_NAME:
        return field
    for classifier in info.get_all("Classifier") or []:
        if classifier.startswith("License ::"):
            return str(classifier).rsplit("::", 1)[-1].strip()
    return NOT_STATED


def _field(info: metadata.PackageMetadata, key: str) -> str:
    values = info.get_all(key) or []
    return str(values[0]).strip() if values else ""


def _spacy_model(name: str, language: str) -> Credit | None:
    distribution = metadata.distribution(name)
    meta = None
    for file in distribution.files or []:
        # The package's own meta.json (a copy sits in its versioned folder too).
        if file.name == "meta.json" and len(file.parts) == 2:
            try:
                meta = json.loads(Path(str(distribution.locate_file(file))).read_text("utf-8"))
            except (OSError, ValueError):
                meta = None
            break
    if not isinstance(meta, dict):
        info = distribution.metadata
        return Credit(info["Name"], info["Version"], _licence(info), _entities_role(language))
    sources = tuple(
        translate("Credits", "data: {name} ({licence})").format(
            name=source.get("name", "?"),
            licence=source.get("license") or translate("Credits", "licence not stated"),
        )
        for source in meta.get("sources", [])
        if isinstance(source, dict)
    )
    return Credit(
        f"{meta.get('lang', language)}_{meta.get('name', name)}",
        str(meta.get("version", distribution.version)),
        str(meta.get("license") or NOT_STATED),
        _entities_role(language),
        sources,
    )


def _entities_role(language: str) -> str:
    return translate("Credits", "entities ({language})").format(language=language)


def _package_licence(folder: Path) -> str:
    """Return an Argos package's licence: its metadata's, else its README's licence line."""
    try:
        declared = json.loads((folder / "metadata.json").read_text("utf-8")).get("license")
    except (OSError, ValueError, AttributeError):
        declared = None
    if isinstance(declared, str) and declared.strip():
        return declared.strip()
    try:
        readme = (folder / "README.md").read_text("utf-8", errors="replace")
    except OSError:
        return NOT_STATED
    lines = [line.strip().lstrip("#*-> ").strip() for line in readme.splitlines()]
    lines = [line for line in lines if line]
    for number, text in enumerate(lines):
        if not _LICENCE_LINE.search(text) or len(text) > 2 * MAX_LICENCE_NAME:
            continue
        if _LICENCE_HEADING.fullmatch(text) and number + 1 < len(lines):
            # A "License" heading: the licence is the line under it.
            return lines[number + 1][: 2 * MAX_LICENCE_NAME]
        return text
    return NOT_STATED
