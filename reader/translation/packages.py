"""Translation packages (.argosmodel): installed, installing, indexed, downloaded.

Installed packages live in `reader.paths.models_dir()`, one folder each, named by
the package code (`translate-fr_en`), in Argos Translate's own layout: metadata.json,
sentencepiece.model and a CTranslate2 `model/` folder (real packages also carry a
`stanza/` folder, kept but unused). The zip handling is our own rather than
argostranslate's: argostranslate creates folders in the user's home and reads its
settings from the environment at import time, and extracts whatever a zip holds.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import shutil
import stat
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from reader import paths
from reader.errors import Phrase, os_reason
from reader.http_reasons import http_reason
from reader.translation.errors import DownloadError, PackageError, TranslationCancelled
from reader.translation.reasons import archive_reason

log = logging.getLogger(__name__)

#: The index Argos Translate itself downloads packages from
#: (`argostranslate.settings.remote_package_index`).
DEFAULT_INDEX_URL = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/index.json"

#: Environment variable that replaces the index URL (the tests serve one on 127.0.0.1).
INDEX_ENV = "LISIBLE_PACKAGE_INDEX"

#: Real FR/EN packages are about 90 MB zipped and 100-200 MB unpacked (with stanza);
#: these caps leave room for bigger models and stop zip bombs and runaway downloads.
MAX_DOWNLOAD_BYTES = 1 << 30
MAX_UNPACKED_BYTES = 2 << 30
MAX_ENTRIES = 10_000
#: int8 weights barely compress (ratio ~1.1) and text files stay under ~20; a
#: ratio over 200 on a sizeable entry is a zip bomb, not a model.
MAX_RATIO = 200
#: A whole package is mostly weights: real ones unpack to about twice their size.
MAX_TOTAL_RATIO = 50
RATIO_CHECK_MIN_BYTES = 1 << 20

#: An index that is not answering within this many seconds is taken to be down;
#: it is also the longest the whole index may take to arrive, however it trickles.
TIMEOUT_SECONDS = 20.0
CHUNK_BYTES = 1 << 16
#: Argos's index is about 100 KB; a hundred times that is not an index.
MAX_INDEX_BYTES = 10 << 20
#: A download that brings less than this in `STALL_SECONDS` is abandoned:
#: a server trickling a byte every few seconds would otherwise hold it forever
#: (each read alone stays under the timeout). 64 KB in 30 s is 2 KB/s, far
#: below any connection that could bring a 90 MB model in reasonable time.
STALL_SECONDS = 30.0
STALL_MIN_BYTES = 64 << 10

#: A language code ("fr", "pt_BR"); matched whole (fullmatch), so no "fr\\n".
_CODE = re.compile(r"[a-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})?")
_STAGING_PREFIX = ".installing-"
_DOWNLOAD_PREFIX = ".download-"
#: An installed package set aside while its replacement moves in.
_OLD_PREFIX = ".installing-old-"
#: The folder name of an installed package (`translate-fr_en`).
_PACKAGE_CODE = re.compile(
    r"translate-[a-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})?_[a-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})?"
)
#: metadata.json is a few hundred bytes; this much is not metadata.
MAX_METADATA_BYTES = 1 << 20


@dataclass(frozen=True)
class PackageInfo:
    """An installed package."""

    code: str
    from_code: str
    to_code: str
    version: str
    name: str
    size_bytes: int
    path: Path

    @property
    def model_path(self) -> Path:
        """Return the CTranslate2 model folder."""
        return self.path / "model"

    @property
    def sentencepiece_path(self) -> Path:
        """Return the sentencepiece model file."""
        return self.path / "sentencepiece.model"


@dataclass(frozen=True)
class RemotePackage:
    """An entry of the package index."""

    code: str
    from_code: str
    to_code: str
    version: str
    name: str
    size_bytes: int | None
    url: str
    sha256: str | None


def package_code(from_code: str, to_code: str) -> str:
    """Return the code (and folder name) of the package for a direction."""
    return f"translate-{from_code}_{to_code}"


def installed_packages() -> list[PackageInfo]:
    """Return the installed packages, sorted by code; broken folders are logged and skipped."""
    root = paths.models_dir()
    if not root.is_dir():
        return []
    clean_leftovers()
    found = []
    for folder in sorted(root.iterdir()):
        if folder.name.startswith(".") or not folder.is_dir():
            continue
        try:
            found.append(_read_installed(folder))
        except PackageError as error:
            log.warning("skipping %s: %s", folder, error)
    return found


def find_package(from_code: str, to_code: str) -> PackageInfo | None:
    """Return the installed package translating `from_code` to `to_code`, if any."""
    for package in installed_packages():
        if package.from_code == from_code and package.to_code == to_code:
            return package
    return None


def install_package(path: str | os.PathLike[str]) -> PackageInfo:
    """Validate an .argosmodel file and install it atomically, replacing an older one.

    Raises:
        PackageError: the file is missing, not a zip, truncated, unsafe (paths out of
            its folder, symlinks, a zip bomb) or not a CTranslate2 translation package.
            Nothing is left half-installed.
    """
    source = Path(path)
    label = source.name or str(path)
    if not source.exists():
        raise PackageError("{label}: no such file", label=label)
    if not source.is_file():
        raise PackageError("{label} is not a regular file (a folder or a device)", label=label)
    root = paths.models_dir()
    staging = _make_staging(root)
    try:
        try:
            with zipfile.ZipFile(source) as archive:
                top, metadata = _check_archive(archive, label)
                _extract(archive, staging, label)
        except (zipfile.BadZipFile, EOFError, zlib.error) as error:
            # zipfile's own words ("Bad CRC-32 for file …") help whoever debugs, not the
            # reader: `--verbose` shows them; the command line's error stays one line.
            log.info("%s cannot be unpacked: %s", source, error)
            raise PackageError(
                "{label} is not a valid .argosmodel file: {reason}",
                label=label,
                reason=archive_reason(error),
            ) from error
        except OSError as error:
            raise PackageError(
                "{label} could not be read (damaged?): {reason}",
                label=label,
                reason=os_reason(error),
            ) from error
        unpacked = staging / top
        _check_unpacked(unpacked, label)
        from_code, to_code = metadata["from_code"], metadata["to_code"]
        target = root / package_code(from_code, to_code)
        try:
            _swap_into_place(unpacked, target)
        except OSError as error:
            raise PackageError(
                "cannot install into {root}: {reason}", root=root, reason=os_reason(error)
            ) from None
        _unload(target.name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    info = _read_installed(target)
    log.info("installed %s %s from %s", info.code, info.version, source)
    return info


def remove_package(code: str) -> None:
    """Remove the installed package `code`; PackageError if there is none."""
    root = paths.models_dir()
    target = root / code
    if not _PACKAGE_CODE.fullmatch(code) or not target.is_dir():
        known = ", ".join(p.code for p in installed_packages()) or "none"
        raise PackageError(
            "no installed package {code} (installed: {known})", code=repr(code), known=known
        )
    # Rename first so that a failure halfway through removing leaves no package
    # that looks installed but is broken.
    trash = _make_staging(root)
    try:
        os.replace(target, trash / code)
    except OSError as error:
        shutil.rmtree(trash, ignore_errors=True)
        raise PackageError(
            "cannot remove {code} from {root}: {reason}",
            code=code,
            root=root,
            reason=os_reason(error),
        ) from None
    _unload(code)
    shutil.rmtree(trash, ignore_errors=True)
    log.info("removed %s", code)


def fetch_index(
    index_url: str | None = None, *, timeout: float = TIMEOUT_SECONDS
) -> list[RemotePackage]:
    """Download the package index (default: Argos's; env LISIBLE_PACKAGE_INDEX overrides).

    Only translation packages with a download link are returned.

    Raises:
        DownloadError: the server is unreachable, answers an error or sends no index.
    """
    url = index_url or os.environ.get(INDEX_ENV) or DEFAULT_INDEX_URL
    body = _get_index(url, timeout)
    try:
        entries = json.loads(body.decode("utf-8"))
    except (ValueError, RecursionError) as error:
        # RecursionError: arrays nested thousands deep.
        raise DownloadError("the package index at {url} is not valid JSON", url=url) from error
    if not isinstance(entries, list):
        raise DownloadError("the package index at {url} is not a list of packages", url=url)
    remote = [package for entry in entries if (package := _remote_package(entry, url))]
    return sorted(remote, key=lambda p: p.code)


def _get_index(url: str, timeout: float) -> bytes:
    """Download the index: at most `MAX_INDEX_BYTES` after decoding, within `timeout` in all."""
    import httpx

    from reader import decoding

    started = time.monotonic()
    chunks: list[bytes] = []
    received = 0
    try:
        with httpx.stream(
            "GET",
            url,
            timeout=timeout,
            follow_redirects=True,
            headers={"Accept-Encoding": decoding.ACCEPT_ENCODING},
        ) as response:
            if response.status_code >= 400:
                raise DownloadError(_status_message(url, response))
            applied = decoding.codings(response.headers.get_list("content-encoding"))
            for chunk in decoding.decoded(response.iter_raw(), applied, MAX_INDEX_BYTES):
                received += len(chunk)
                if received > MAX_INDEX_BYTES:
                    raise decoding.DecodedTooLarge("identity")
                chunks.append(chunk)
                if time.monotonic() - started > timeout:
                    raise DownloadError(
                        "{host} took over {timeout} s to send the package index",
                        host=_host(url),
                        timeout=f"{timeout:.0f}",
                    )
    except httpx.HTTPError as error:
        raise DownloadError(_network_message(url, error, timeout)) from error
    except decoding.DecodedTooLarge:
        raise DownloadError(
            "the package index at {url} is over {size} MB: not an index",
            url=url,
            size=MAX_INDEX_BYTES >> 20,
        ) from None
    except (decoding.UnknownEncoding, decoding.DamagedEncoding) as error:
        raise DownloadError(
            "the package index at {url} is compressed in a way Lisible cannot read ({reason})",
            url=url,
            reason=error,
        ) from None
    return b"".join(chunks)


def find_remote(
    from_code: str,
    to_code: str,
    index: list[RemotePackage] | None = None,
    *,
    timeout: float = TIMEOUT_SECONDS,
) -> RemotePackage | None:
    """Return the index entry for a direction (fetching the index if not given)."""
    for package in fetch_index(timeout=timeout) if index is None else index:
        if package.from_code == from_code and package.to_code == to_code:
            return package
    return None


def download_size(from_code: str, to_code: str, *, timeout: float = TIMEOUT_SECONDS) -> int | None:
    """Return the download size of a direction's package, None if unknown or offline."""
    try:
        remote = find_remote(from_code, to_code, timeout=timeout)
    except DownloadError as error:
        log.info("no download size for %s→%s: %s", from_code, to_code, error)
        return None
    if remote is None:
        return None
    if remote.size_bytes is not None:
        return remote.size_bytes
    return _content_length(remote.url, timeout)


def download_package(
    remote: RemotePackage,
    progress: Callable[[int, int | None], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PackageInfo:
    """Download a package from the index and install it.

    `progress(done, total)` is called as bytes arrive (total None when unknown);
    `cancelled()` is polled between chunks. The partial file is removed on any failure.

    Raises:
        DownloadError, PackageError, TranslationCancelled.
    """
    import httpx

    try:
        scheme = urlsplit(remote.url).scheme.lower()
    except ValueError:
        scheme = ""
    if scheme not in ("http", "https"):
        raise DownloadError(
            "{code}: the index links to {url}, not a web address Lisible downloads from",
            code=remote.code,
            url=repr(remote.url),
        )
    root = paths.models_dir()
    try:
        root.mkdir(parents=True, exist_ok=True)
        clean_leftovers()
        handle, name = tempfile.mkstemp(
            prefix=f"{_DOWNLOAD_PREFIX}{os.getpid()}-", suffix=".argosmodel", dir=root
        )
    except OSError as error:
        raise DownloadError(
            "cannot download into {root}: {reason}", root=root, reason=os_reason(error)
        ) from None
    partial = Path(name)
    try:
        with os.fdopen(handle, "wb") as out:
            digest = _stream(remote, out, progress, cancelled)
        if remote.sha256 and digest != remote.sha256.lower():
            raise DownloadError(
                "{code}: the downloaded file does not match the index's checksum"
                " (damaged in transit or replaced on the server); nothing was installed",
                code=remote.code,
            )
        return install_package(partial)
    except (httpx.HTTPError, httpx.InvalidURL) as error:
        raise DownloadError(_network_message(remote.url, error)) from error
    except OSError as error:  # writing the download: a full disk
        raise DownloadError(
            "cannot download into {root}: {reason}", root=root, reason=os_reason(error)
        ) from None
    finally:
        partial.unlink(missing_ok=True)


def clean_leftovers() -> None:
    """Remove what killed installs, removals and downloads left in the models folder.

    Each staging folder and partial download carries its process's id; one
    whose process is gone is removed (`kill -9` leaves them behind: 150 MB
    after six killed installs). A package set aside for a replacement that
    never finished is put back when nothing took its place.
    """
    root = paths.models_dir()
    try:
        entries = list(root.iterdir())
    except OSError:
        return
    for entry in entries:
        name = entry.name
        if name.startswith(_OLD_PREFIX):
            target = root / name.removeprefix(_OLD_PREFIX)
            if not target.exists():
                with contextlib.suppress(OSError):
                    os.replace(entry, target)
                    log.info("restored %s, set aside by an install that did not finish", target)
                continue
        elif not name.startswith((_STAGING_PREFIX, _DOWNLOAD_PREFIX)) or _owner_alive(name):
            continue
        log.info("removing %s, left by an install or download that did not finish", entry)
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)


def _owner_alive(name: str) -> bool:
    match = re.match(r"\.(?:installing|download)-(\d+)-", name)
    if match is None:
        return False  # named before process ids were recorded
    pid = int(match.group(1))
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True


def _make_staging(root: Path) -> Path:
    try:
        root.mkdir(parents=True, exist_ok=True)
        clean_leftovers()
        return Path(tempfile.mkdtemp(prefix=f"{_STAGING_PREFIX}{os.getpid()}-", dir=root))
    except OSError as error:
        raise PackageError(
            "cannot write to {root}: {reason}", root=root, reason=os_reason(error)
        ) from None


#: Told the code of a package removed or replaced: the engine, which forgets its
#: loaded model (it subscribes when imported; this module never imports it).
_listeners: list[Callable[[str], object]] = []


def on_package_changed(listener: Callable[[str], object]) -> None:
    """Call `listener(code)` whenever a package is removed or replaced."""
    _listeners.append(listener)


def _unload(code: str) -> None:
    for listener in _listeners:
        listener(code)


def _stream(
    remote: RemotePackage,
    out: Any,
    progress: Callable[[int, int | None], None] | None,
    cancelled: Callable[[], bool] | None,
) -> str:
    import httpx

    digest = hashlib.sha256()
    with httpx.stream(
        "GET",
        remote.url,
        timeout=TIMEOUT_SECONDS,
        follow_redirects=True,
        headers={"Accept-Encoding": "identity"},
    ) as response:
        if response.status_code >= 400:
            raise DownloadError(_status_message(remote.url, response))
        encoding = response.headers.get("content-encoding", "identity").strip().lower()
        if encoding not in ("", "identity"):
            # A .argosmodel is a zip, already compressed: a server compressing
            # it again is broken or hostile (a small gzip can inflate to GBs).
            raise DownloadError(
                "{code}: {host} sent the package compressed ({encoding}),"
                " which Lisible does not accept for a model",
                code=remote.code,
                host=_host(remote.url),
                encoding=encoding,
            )
        total = _int_or_none(response.headers.get("content-length")) or remote.size_bytes
        if total is not None and total > MAX_DOWNLOAD_BYTES:
            raise DownloadError(
                "{code} is too large to download ({total} bytes)", code=remote.code, total=total
            )
        # Neither the index nor the server may make us take more than they said.
        limit = min(MAX_DOWNLOAD_BYTES, total) if total is not None else MAX_DOWNLOAD_BYTES
        done = 0
        if progress:
            progress(0, total)
        stall = _StallWatch(remote.code)
        for chunk in response.iter_raw():
            if cancelled and cancelled():
                raise TranslationCancelled("download cancelled")
            done += len(chunk)
            if done > limit:
                raise DownloadError(
                    Phrase(
                        "{code}: the server sent more than the {limit} bytes announced",
                        code=remote.code,
                        limit=limit,
                    )
                    if total is not None
                    else Phrase(
                        "{code} is larger than {limit} bytes",
                        code=remote.code,
                        limit=MAX_DOWNLOAD_BYTES,
                    )
                )
            out.write(chunk)
            digest.update(chunk)
            stall.check(done)
            if progress:
                progress(done, total)
        if total is not None and done < total:
            raise DownloadError(
                "{code}: the download stopped at {done} of {total} bytes",
                code=remote.code,
                done=done,
                total=total,
            )
    return digest.hexdigest()


class _StallWatch:
    """Give up on a download that brings almost nothing for `STALL_SECONDS`."""

    def __init__(self, code: str) -> None:
        self._code = code
        self._since = time.monotonic()
        self._bytes = 0

    def check(self, done: int) -> None:
        now = time.monotonic()
        if now - self._since < STALL_SECONDS:
            return
        if done - self._bytes < STALL_MIN_BYTES:
            raise DownloadError(
                "{code}: the server sent only {received} bytes in the last {seconds} s;"
                " gave up (try again later)",
                code=self._code,
                received=done - self._bytes,
                seconds=f"{STALL_SECONDS:.0f}",
            )
        self._since, self._bytes = now, done


def _check_archive(archive: zipfile.ZipFile, label: str) -> tuple[str, dict[str, Any]]:
    """Refuse unsafe or malformed archives before anything is written."""
    infos = archive.infolist()
    if not infos:
        raise PackageError("{label} is empty", label=label)
    if len(infos) > MAX_ENTRIES:
        raise PackageError("{label} holds too many files ({count})", label=label, count=len(infos))
    tops = set()
    total = 0
    for info in infos:
        name = info.filename
        parts = PurePosixPath(name.replace("\\", "/")).parts
        if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
            raise PackageError(
                "{label} is unsafe: it holds an absolute path ({name})", label=label, name=name
            )
        if ".." in parts:
            raise PackageError(
                "{label} is unsafe: {name} points outside its folder", label=label, name=name
            )
        if stat.S_ISLNK(info.external_attr >> 16):
            raise PackageError(
                "{label} is unsafe: it holds a symbolic link ({name})", label=label, name=name
            )
        if not parts:
            continue
        tops.add(parts[0])
        if len(parts) == 1 and not info.is_dir():
            raise PackageError(
                "{label} is not an .argosmodel: {name} is outside a folder", label=label, name=name
            )
        total += info.file_size
        if total > MAX_UNPACKED_BYTES:
            raise PackageError(
                "{label} unpacks to more than {limit} bytes",
                label=label,
                limit=MAX_UNPACKED_BYTES,
            )
        if info.file_size > RATIO_CHECK_MIN_BYTES and info.file_size > MAX_RATIO * max(
            1, info.compress_size
        ):
            raise PackageError(
                "{label} is unsafe: {name} is compressed suspiciously well", label=label, name=name
            )
    packed = sum(info.compress_size for info in infos)
    if total > RATIO_CHECK_MIN_BYTES and total > MAX_TOTAL_RATIO * max(1, packed):
        raise PackageError("{label} is unsafe: it is compressed suspiciously well", label=label)
    if len(tops) != 1:
        raise PackageError(
            "{label} is not an .argosmodel: it must hold exactly one folder", label=label
        )
    top = tops.pop()
    try:
        if archive.getinfo(f"{top}/metadata.json").file_size > MAX_METADATA_BYTES:
            raise PackageError("{label}: metadata.json is too large to be metadata", label=label)
        raw = archive.read(f"{top}/metadata.json")
    except KeyError:
        raise PackageError(
            "{label} is not an .argosmodel: metadata.json is missing", label=label
        ) from None
    return top, _parse_metadata(raw, label)


def _parse_metadata(raw: bytes, label: str) -> dict[str, Any]:
    try:
        metadata = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise PackageError("{label}: metadata.json is not valid JSON", label=label) from error
    if not isinstance(metadata, dict):
        raise PackageError("{label}: metadata.json is not an object", label=label)
    if metadata.get("type", "translate") != "translate":
        raise PackageError(
            "{label} is a {kind} package, not a translation",
            label=label,
            kind=repr(metadata.get("type")),
        )
    for key in ("from_code", "to_code"):
        value = metadata.get(key)
        if not isinstance(value, str) or not _CODE.fullmatch(value):
            raise PackageError("{label}: metadata.json has no valid {key}", label=label, key=key)
    return metadata


def _extract(archive: zipfile.ZipFile, staging: Path, label: str) -> None:
    """Write regular files only, counting real bytes rather than trusting the headers."""
    written = 0
    for info in archive.infolist():
        target = staging / info.filename.replace("\\", "/")
        if info.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        with archive.open(info) as member, open(target, "wb") as out:
            while chunk := member.read(CHUNK_BYTES):
                written += len(chunk)
                if written > MAX_UNPACKED_BYTES:
                    raise PackageError("{label} unpacks to more than its size cap", label=label)
                out.write(chunk)


def _check_unpacked(folder: Path, label: str) -> None:
    if not (folder / "sentencepiece.model").is_file():
        raise PackageError("{label}: sentencepiece.model is missing", label=label)
    if not (folder / "model" / "model.bin").is_file():
        raise PackageError(
            "{label}: the CTranslate2 model (model/model.bin) is missing", label=label
        )


def _swap_into_place(unpacked: Path, target: Path) -> None:
    """Put the new package in place with renames, so readers never see half a package."""
    old = target.parent / f"{_OLD_PREFIX}{target.name}"
    if old.exists():
        shutil.rmtree(old)
    if target.exists():
        os.replace(target, old)
    try:
        os.replace(unpacked, target)
    except OSError:
        if old.exists():
            os.replace(old, target)
        raise
    shutil.rmtree(old, ignore_errors=True)


def _read_installed(folder: Path) -> PackageInfo:
    try:
        raw = (folder / "metadata.json").read_bytes()
    except OSError as error:
        raise PackageError("{name}: metadata.json cannot be read", name=folder.name) from error
    metadata = _parse_metadata(raw, folder.name)
    _check_unpacked(folder, folder.name)
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())
    return PackageInfo(
        code=folder.name,
        from_code=metadata["from_code"],
        to_code=metadata["to_code"],
        version=_plain(str(metadata.get("package_version", ""))),
        name=_display_name(metadata),
        size_bytes=size,
        path=folder,
    )


def _display_name(metadata: dict[str, Any]) -> str:
    source = metadata.get("from_name") or metadata["from_code"]
    target = metadata.get("to_name") or metadata["to_code"]
    return _plain(f"{source} → {target}")


def _plain(text: str) -> str:
    """Replace lone surrogates (a JSON "\\ud800"), which no output can encode."""
    return re.sub("[\ud800-\udfff]", "\ufffd", text)


def _remote_package(entry: object, index_url: str) -> RemotePackage | None:
    if not isinstance(entry, dict) or entry.get("type", "translate") != "translate":
        return None
    from_code, to_code = entry.get("from_code"), entry.get("to_code")
    links = entry.get("links")
    if not (isinstance(from_code, str) and _CODE.fullmatch(from_code)):
        return None
    if not (isinstance(to_code, str) and _CODE.fullmatch(to_code)):
        return None
    if not (isinstance(links, list) and links and isinstance(links[0], str)):
        return None
    checksum = entry.get("sha256") or entry.get("checksum")
    return RemotePackage(
        code=package_code(from_code, to_code),
        from_code=from_code,
        to_code=to_code,
        version=_plain(str(entry.get("package_version", ""))),
        name=_display_name(entry),
        size_bytes=_int_or_none(entry.get("size_bytes", entry.get("size"))),
        url=links[0],
        sha256=checksum if isinstance(checksum, str) else None,
    )


def _content_length(url: str, timeout: float) -> int | None:
    import httpx

    try:
        response = httpx.head(url, timeout=timeout, follow_redirects=True)
    except httpx.HTTPError:
        return None
    if response.status_code >= 400:
        return None
    return _int_or_none(response.headers.get("content-length"))


def _host(url: str) -> str:
    try:
        return urlsplit(url).netloc or url
    except ValueError:
        return url


def _int_or_none(value: object) -> int | None:
    try:
        number = int(str(value))
    except ValueError:
        return None
    return number if number >= 0 else None


def _status_message(url: str, response: Any) -> Phrase:
    status = response.status_code
    return Phrase(
        "{url}: the server answered HTTP {status} ({reason})",
        url=url,
        status=status,
        reason=http_reason(status, response.reason_phrase),
    )


def _network_message(url: str, error: Exception, timeout: float = TIMEOUT_SECONDS) -> Phrase:
    import httpx

    host = _host(url)
    if isinstance(error, httpx.UnsupportedProtocol):
        return Phrase("{host} redirects to an address Lisible does not download from", host=host)
    if isinstance(error, httpx.TimeoutException):
        return Phrase("{host} did not answer in {seconds} s", host=host, seconds=f"{timeout:.0f}")
    if isinstance(error, httpx.ConnectError):
        return Phrase("cannot reach {host} (offline, or the server is down)", host=host)
    return Phrase("downloading from {host} failed: {reason}", host=host, reason=error)
