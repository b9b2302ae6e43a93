"""Installing, listing, removing and downloading .argosmodel packages."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import IO, Any

import pytest

from reader import paths
from reader.errors import Phrase
from reader.translation import (
    DownloadError,
    PackageError,
    TranslationCancelled,
    download_package,
    fetch_index,
    find_package,
    install_package,
    installed_packages,
    remove_package,
)
from reader.translation.packages import DEFAULT_INDEX_URL, download_size, find_remote

PackageServer = Any  # the package_server fixture's type, in conftest.py


def models_folder_entries() -> list[str]:
    root = paths.models_dir()
    return sorted(p.name for p in root.iterdir()) if root.exists() else []


def test_install_list_find_and_remove(random_package: Path) -> None:
    info = install_package(random_package)
    assert info.code == "translate-fr_en"
    assert (info.from_code, info.to_code, info.version) == ("fr", "en", "1.0")
    assert info.name == "French → English"
    assert info.path == paths.models_dir() / "translate-fr_en"
    assert (info.path / "model" / "model.bin").is_file()
    assert info.size_bytes > 10_000
    assert installed_packages() == [info]
    assert find_package("fr", "en") == info
    assert find_package("en", "fr") is None

    remove_package("translate-fr_en")
    assert installed_packages() == []
    assert models_folder_entries() == []


def test_reinstalling_replaces_the_package(random_package: Path) -> None:
    install_package(random_package)
    install_package(random_package)
    assert [p.code for p in installed_packages()] == ["translate-fr_en"]
    assert models_folder_entries() == ["translate-fr_en"]


def test_remove_unknown_package_names_the_installed_ones(random_package: Path) -> None:
    install_package(random_package)
    with pytest.raises(PackageError, match="translate-fr_en"):
        remove_package("translate-xx_yy")
    with pytest.raises(PackageError):
        remove_package("../data")


# --- Hostile and broken packages --------------------------------------------------------


def rewrite(source: Path, out: Path, edit: dict[str, bytes | None]) -> Path:
    """Copy a package, replacing (bytes) or dropping (None) entries by their path in it."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(out, "w") as copy:
        top = original.namelist()[0].split("/")[0]
        for info in original.infolist():
            relative = info.filename[len(top) + 1 :]
            if relative in edit:
                continue
            copy.writestr(info, original.read(info))
        for relative, data in edit.items():
            if data is not None:
                copy.writestr(f"{top}/{relative}", data)
    return out


def add_entry(source: Path, out: Path, info: zipfile.ZipInfo, data: bytes) -> Path:
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(out, "w") as copy:
        for entry in original.infolist():
            copy.writestr(entry, original.read(entry))
        copy.writestr(info, data)
    return out


def assert_refused(path: Path, message: str) -> None:
    with pytest.raises(PackageError, match=message) as caught:
        install_package(path)
    assert "\n" not in str(caught.value)
    assert installed_packages() == []
    assert models_folder_entries() == [], "nothing may be left half-installed"


def refusal(path: Path) -> str:
    """The one-line message installing `path` gives."""
    with pytest.raises(PackageError) as caught:
        install_package(path)
    return str(caught.value)


def test_refuses_parent_paths(random_package: Path, tmp_path: Path) -> None:
    hostile = add_entry(
        random_package, tmp_path / "evil.argosmodel", zipfile.ZipInfo("x/../../evil.txt"), b"!"
    )
    assert_refused(hostile, "outside its folder")
    assert not (paths.data_dir() / "evil.txt").exists()


def test_refuses_absolute_paths(random_package: Path, tmp_path: Path) -> None:
    hostile = add_entry(
        random_package, tmp_path / "abs.argosmodel", zipfile.ZipInfo("/tmp/evil.txt"), b"!"
    )
    assert_refused(hostile, "absolute path")


def test_refuses_symlinks(random_package: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(random_package) as original:
        top = original.namelist()[0].split("/")[0]
    link = zipfile.ZipInfo(f"{top}/passwd")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    hostile = add_entry(random_package, tmp_path / "link.argosmodel", link, b"/etc/passwd")
    assert_refused(hostile, "symbolic link")


def test_refuses_a_missing_metadata(random_package: Path, tmp_path: Path) -> None:
    broken = rewrite(random_package, tmp_path / "nometa.argosmodel", {"metadata.json": None})
    assert_refused(broken, "metadata.json is missing")


def test_refuses_metadata_without_codes(random_package: Path, tmp_path: Path) -> None:
    meta = json.dumps({"package_version": "1.0", "from_code": "fr"}).encode()
    broken = rewrite(random_package, tmp_path / "nocode.argosmodel", {"metadata.json": meta})
    assert_refused(broken, "to_code")


def test_refuses_a_missing_model(random_package: Path, tmp_path: Path) -> None:
    broken = rewrite(random_package, tmp_path / "nomodel.argosmodel", {"model/model.bin": None})
    assert_refused(broken, "model.bin")


def test_refuses_a_truncated_file(random_package: Path, tmp_path: Path) -> None:
    data = random_package.read_bytes()
    truncated = tmp_path / "truncated.argosmodel"
    truncated.write_bytes(data[: len(data) // 2])
    # zipfile says "File is not a zip file": the zip's directory is at its end.
    assert_refused(truncated, "not a valid .argosmodel")
    assert refusal(truncated) == (
        "truncated.argosmodel is not a valid .argosmodel file: it is not a ZIP archive,"
        " or it is cut short (an unfinished download?)"
    )


def test_refuses_a_corrupted_entry(random_package: Path, tmp_path: Path) -> None:
    data = bytearray(random_package.read_bytes())
    with zipfile.ZipFile(random_package) as archive:
        info = next(i for i in archive.infolist() if i.filename.endswith("model.bin"))
    # Flip bytes inside model.bin's compressed data: the CRC check must catch it.
    middle = info.header_offset + 100 + info.compress_size // 2
    data[middle : middle + 8] = bytes(8)
    corrupted = tmp_path / "corrupted.argosmodel"
    corrupted.write_bytes(bytes(data))
    assert_refused(corrupted, "argosmodel|read")
    # zipfile's "Bad CRC-32 for file 'translate-fr_en-1_0/model/model.bin'" is for the log.
    assert refusal(corrupted) == (
        "corrupted.argosmodel is not a valid .argosmodel file:"
        " its contents are damaged (a failed copy or download?)"
    )


def test_refuses_not_a_zip_and_missing_file(tmp_path: Path) -> None:
    text = tmp_path / "notes.argosmodel"
    text.write_text("hello")
    assert_refused(text, "not a valid .argosmodel")
    assert "not a ZIP archive" in refusal(text)
    assert_refused(tmp_path / "absent.argosmodel", "no such file")


def test_refuses_two_top_folders(random_package: Path, tmp_path: Path) -> None:
    hostile = add_entry(
        random_package, tmp_path / "two.argosmodel", zipfile.ZipInfo("other/x.txt"), b"x"
    )
    assert_refused(hostile, "exactly one folder")


def test_refuses_a_zip_bomb(random_package: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(random_package) as original:
        top = original.namelist()[0].split("/")[0]
    bomb = zipfile.ZipInfo(f"{top}/stanza/padding.bin")
    bomb.compress_type = zipfile.ZIP_DEFLATED
    # 50 MB of zeros deflate to ~50 kB: a ratio of about 1000.
    hostile = add_entry(random_package, tmp_path / "bomb.argosmodel", bomb, bytes(50 << 20))
    assert_refused(hostile, "compressed suspiciously well")


def test_a_broken_installed_folder_is_skipped(random_package: Path) -> None:
    install_package(random_package)
    broken = paths.models_dir() / "translate-en_fr"
    broken.mkdir()
    (broken / "metadata.json").write_text("{not json")
    assert [p.code for p in installed_packages()] == ["translate-fr_en"]


# --- Index and downloads ----------------------------------------------------------------


def test_default_index_is_argos_own(monkeypatch: pytest.MonkeyPatch) -> None:
    import argostranslate  # noqa: F401 - only to make sure the package we follow is there

    assert DEFAULT_INDEX_URL.endswith("argospm-index/main/index.json")


def test_fetch_index_and_download(package_server: PackageServer, random_package: Path) -> None:
    package_server.add(random_package, size=True)
    package_server.write_index(
        [*package_server.index(), {"type": "sbd", "from_code": "fr"}, "junk"]
    )
    index = fetch_index()
    assert [(r.code, r.from_code, r.to_code) for r in index] == [("translate-fr_en", "fr", "en")]
    remote = index[0]
    assert remote.size_bytes == random_package.stat().st_size
    assert remote.sha256 is not None

    seen: list[tuple[int, int | None]] = []
    info = download_package(remote, progress=lambda done, total: seen.append((done, total)))
    assert info.code == "translate-fr_en"
    assert find_package("fr", "en") == info
    assert seen[0][0] == 0
    assert seen[-1] == (random_package.stat().st_size, random_package.stat().st_size)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert models_folder_entries() == ["translate-fr_en"], "no partial file is left"


def test_download_size_from_the_server_when_the_index_has_none(
    package_server: PackageServer, random_package: Path
) -> None:
    package_server.add(random_package, size=False)
    assert download_size("fr", "en") == random_package.stat().st_size
    assert download_size("en", "fr") is None


def test_cancel_removes_the_partial_file(
    package_server: PackageServer, random_package: Path
) -> None:
    package_server.add(random_package)
    remote = find_remote("fr", "en")
    assert remote is not None
    calls: list[int] = []

    def progress(done: int, total: int | None) -> None:
        calls.append(done)

    with pytest.raises(TranslationCancelled):
        download_package(remote, progress=progress, cancelled=lambda: len(calls) > 1)
    assert installed_packages() == []
    assert models_folder_entries() == []


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_during_a_download_is_one_line(
    package_server: PackageServer, random_package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package_server.add(random_package)
    remote = find_remote("fr", "en")
    assert remote is not None
    fdopen = os.fdopen

    def full_disk(handle: int, mode: str) -> IO[bytes]:
        os.close(handle)
        return fdopen(os.open("/dev/full", os.O_WRONLY), mode)  # every write: ENOSPC

    monkeypatch.setattr(os, "fdopen", full_disk)
    with pytest.raises(DownloadError) as raised:
        download_package(remote)
    assert str(raised.value).endswith(": no space left on the disk")
    assert models_folder_entries() == []


def test_wrong_checksum_installs_nothing(
    package_server: PackageServer, random_package: Path
) -> None:
    package_server.add(random_package, sha256="0" * 64)
    remote = find_remote("fr", "en")
    assert remote is not None
    with pytest.raises(DownloadError, match="checksum"):
        download_package(remote)
    assert models_folder_entries() == []


def test_corrupt_download_installs_nothing(
    package_server: PackageServer, random_package: Path, tmp_path: Path
) -> None:
    corrupt = tmp_path / "corrupt.argosmodel"
    corrupt.write_bytes(random_package.read_bytes()[:5000])
    package_server.add(corrupt, sha256=None)
    remote = find_remote("fr", "en")
    assert remote is not None
    with pytest.raises(PackageError, match=r"not a valid \.argosmodel"):
        download_package(remote)
    assert models_folder_entries() == []


def test_missing_file_on_the_server(package_server: PackageServer, random_package: Path) -> None:
    url = package_server.add(random_package)
    (package_server.root / url.rsplit("/", 1)[1]).unlink()
    remote = find_remote("fr", "en")
    assert remote is not None
    with pytest.raises(DownloadError) as raised:
        download_package(remote)
    assert str(raised.value) == f"{remote.url}: the server answered HTTP 404 (not found)"
    assert raised.value.phrase.fields["reason"] == Phrase("not found")  # translated in the window
    assert models_folder_entries() == []


def test_server_down(closed_port_url: str) -> None:
    with pytest.raises(DownloadError, match=r"cannot reach 127\.0\.0\.1"):
        fetch_index(closed_port_url)


def test_index_that_is_not_json(package_server: PackageServer) -> None:
    (package_server.root / "index.json").write_text("<html>oops</html>")
    with pytest.raises(DownloadError, match="not valid JSON"):
        fetch_index()
    (package_server.root / "index.json").write_text('{"a": 1}')
    with pytest.raises(DownloadError, match="not a list"):
        fetch_index()


def test_refuses_a_bomb_of_many_small_files(random_package: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(random_package) as original:
        top = original.namelist()[0].split("/")[0]
    hostile = tmp_path / "many.argosmodel"
    with zipfile.ZipFile(random_package) as original, zipfile.ZipFile(hostile, "w") as copy:
        for entry in original.infolist():
            copy.writestr(entry, original.read(entry))
        for n in range(40):
            # Each under the per-file check; together 40 MB from ~40 kB.
            copy.writestr(f"{top}/stanza/{n}.bin", bytes(1 << 20), zipfile.ZIP_DEFLATED)
    assert_refused(hostile, "compressed suspiciously well")


# --- Hostile packages, indexes and servers ------------------------------------------


def metadata_of(package: Path) -> dict[str, Any]:
    with zipfile.ZipFile(package) as archive:
        name = next(n for n in archive.namelist() if n.endswith("metadata.json"))
        return dict(json.loads(archive.read(name)))


def test_refuses_a_damaged_compressed_stream(random_package: Path, tmp_path: Path) -> None:
    # A deflate stream that zlib itself rejects (not only a CRC mismatch).
    damaged = tmp_path / "damaged.argosmodel"
    with zipfile.ZipFile(random_package) as original, zipfile.ZipFile(damaged, "w") as copy:
        for info in original.infolist():
            data = original.read(info)
            if info.filename.endswith("sentencepiece.model"):
                copy.writestr(info.filename, data, compress_type=zipfile.ZIP_DEFLATED)
            else:
                copy.writestr(info, data)
    raw = bytearray(damaged.read_bytes())
    with zipfile.ZipFile(damaged) as archive:
        info = next(i for i in archive.infolist() if i.filename.endswith("sentencepiece.model"))
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    raw[start : start + 16] = b"\xff" * 16  # block type 3: "invalid block type"
    damaged.write_bytes(bytes(raw))
    assert_refused(damaged, "damaged")


@pytest.mark.parametrize(
    ("metadata", "message"),
    [
        ('{"a":' * 5000 + "1" + "}" * 5000, "not valid JSON"),
        (json.dumps({"type": "translate", "from_code": "fr\n", "to_code": "en"}), "from_code"),
        (json.dumps({"type": "translate", "from_code": "..", "to_code": "en"}), "from_code"),
    ],
    ids=["nested-5000", "code-newline", "code-dotdot"],
)
def test_refuses_hostile_metadata(
    random_package: Path, tmp_path: Path, metadata: str, message: str
) -> None:
    hostile = rewrite(
        random_package, tmp_path / "m.argosmodel", {"metadata.json": metadata.encode()}
    )
    assert_refused(hostile, message)


def test_a_lone_surrogate_in_a_name_is_shown_replaced(random_package: Path, tmp_path: Path) -> None:
    metadata = metadata_of(random_package)
    raw = json.dumps(metadata)[:-1] + ', "from_name": "Fr\\ud800", "package_version": "\\udfff"}'
    odd = rewrite(random_package, tmp_path / "odd.argosmodel", {"metadata.json": raw.encode()})
    info = install_package(odd)
    assert info.name == "Fr\ufffd → English"
    assert installed_packages()[0].version == "\ufffd"
    info.name.encode("utf-8")  # printable: no lone surrogate left


def test_a_device_or_folder_is_not_a_package(tmp_path: Path) -> None:
    assert_refused(Path("/dev/zero"), "not a regular file")
    assert_refused(tmp_path, "not a regular file")


def test_remove_refuses_an_empty_or_odd_code(random_package: Path) -> None:
    install_package(random_package)
    for code in ("", ".", "..", "translate-fr_en/..", "model"):
        with pytest.raises(PackageError, match="no installed package"):
            remove_package(code)
    assert [p.code for p in installed_packages()] == ["translate-fr_en"]
    assert models_folder_entries() == ["translate-fr_en"]


def test_an_unwritable_models_folder_is_one_line(
    random_package: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A file where the data folder should be: every write fails, as on a
    # read-only home (root ignores permissions, so chmod cannot stand in).
    blocker = tmp_path / "home-file"
    blocker.write_text("x")
    monkeypatch.setenv("LISIBLE_HOME", str(blocker))
    with pytest.raises(PackageError, match="cannot write to"):
        install_package(random_package)


def dead_pid() -> int:
    import subprocess
    import sys

    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_leftovers_of_killed_installs_and_downloads_are_removed(random_package: Path) -> None:
    import os

    install_package(random_package)
    root = paths.models_dir()
    dead = dead_pid()
    (root / f".installing-{dead}-abc" / "translate-fr_en" / "model").mkdir(parents=True)
    (root / f".installing-{dead}-abc" / "translate-fr_en" / "model" / "model.bin").write_bytes(
        bytes(1000)
    )
    (root / ".installing-legacy123").mkdir()
    (root / f".download-{dead}-xyz.argosmodel").write_bytes(bytes(1000))
    alive = root / f".download-{os.getppid()}-busy.argosmodel"
    alive.write_bytes(b"still downloading")
    # A package set aside for a replacement that a kill interrupted comes back.
    os.replace(root / "translate-fr_en", root / ".installing-old-translate-fr_en")

    packages = installed_packages()
    assert [p.code for p in packages] == ["translate-fr_en"]
    assert models_folder_entries() == [alive.name, "translate-fr_en"]


class TricklingServer:
    """Answer every request with headers, then one byte every `pause` seconds, for a while."""

    def __init__(self, content_type: str, first: bytes, pause: float, lasts: float) -> None:
        import socket
        import threading

        self.server = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.server.getsockname()[1]}/x"
        self.head = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n\r\n".encode() + first
        self.pause, self.lasts = pause, lasts
        self.stop = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        import threading

        while not self.stop.is_set():
            try:
                connection, _ = self.server.accept()
            except OSError:
                return
            threading.Thread(target=self._trickle, args=(connection,), daemon=True).start()

    def _trickle(self, connection: Any) -> None:
        import time

        started = time.monotonic()
        try:
            connection.recv(65536)
            connection.sendall(self.head)
            while time.monotonic() - started < self.lasts and not self.stop.wait(self.pause):
                connection.sendall(b" ")
        except OSError:
            pass
        finally:
            connection.close()

    def close(self) -> None:
        self.stop.set()
        self.server.close()


def test_a_trickling_index_gives_up_at_its_timeout(local_site: Any) -> None:
    import time

    server = TricklingServer("application/json", b"[", pause=0.2, lasts=15)
    try:
        started = time.monotonic()
        with pytest.raises(DownloadError, match="took over 1 s"):
            fetch_index(server.url, timeout=1.0)
        assert time.monotonic() - started < 5
    finally:
        server.close()


def test_a_trickling_package_download_gives_up(
    local_site: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    from reader.translation import packages

    monkeypatch.setattr(packages, "STALL_SECONDS", 1.0)
    server = TricklingServer("application/zip", b"PK", pause=0.2, lasts=15)
    remote = packages.RemotePackage(
        "translate-fr_en", "fr", "en", "1", "French → English", None, server.url, None
    )
    try:
        started = time.monotonic()
        with pytest.raises(DownloadError, match="gave up"):
            download_package(remote)
        assert time.monotonic() - started < 5
    finally:
        server.close()
    assert models_folder_entries() == []


def gzip_of_zeros(megabytes: int) -> bytes:
    import zlib

    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(1 << 20)
    return b"".join([*(packer.compress(block) for _ in range(megabytes)), packer.flush()])


def test_a_hostile_index_is_one_line(local_site: Any) -> None:
    import tracemalloc

    deep = local_site.add("/deep", b"[" * 100_000 + b"]" * 100_000, content_type="application/json")
    with pytest.raises(DownloadError, match="not valid JSON"):
        fetch_index(deep)
    bomb = local_site.add(
        "/bomb", gzip_of_zeros(64), content_type="application/json",
        headers={"Content-Encoding": "gzip"},
    )  # fmt: skip
    tracemalloc.start()
    try:
        with pytest.raises(DownloadError, match="not an index"):
            fetch_index(bomb)
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 40 << 20  # the 10 MB cap, not the 64 MB the body inflates to
    weird = [
        {"type": "translate", "from_code": "fr\n", "to_code": "en", "links": ["http://x/a"]},
        {"type": "translate", "from_code": "de", "to_code": "fr", "links": ["file:///etc/passwd"]},
        [1], None, "x",
    ]  # fmt: skip
    listed = local_site.add("/weird", json.dumps(weird), content_type="application/json")
    index = fetch_index(listed)
    assert [p.code for p in index] == ["translate-de_fr"]
    with pytest.raises(DownloadError, match="not a web address"):
        download_package(index[0])


def test_a_compressed_package_is_refused(local_site: Any, random_package: Path) -> None:
    import gzip

    from reader.translation import packages

    url = local_site.add(
        "/pkg", gzip.compress(random_package.read_bytes()), content_type="application/zip",
        headers={"Content-Encoding": "gzip"},
    )  # fmt: skip
    remote = packages.RemotePackage("translate-fr_en", "fr", "en", "1", "x", None, url, None)
    with pytest.raises(DownloadError, match="compressed"):
        download_package(remote)
    assert models_folder_entries() == []


def test_asking_whether_a_model_is_installed_imports_no_engine_or_checker(tmp_path: Path) -> None:
    # The window asks on its UI thread as each article shows: importing the engine
    # and the checker's figure patterns with it stalled the window 180-200 ms.
    code = (
        "import sys; from reader.translation import find_package; "
        "find_package('fr', 'en'); "
        "print(' '.join(m for m in sys.modules if m.startswith('reader.')))"
    )
    env = {**os.environ, "LISIBLE_HOME": str(tmp_path)}
    loaded = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    assert "reader.translation.packages" in loaded
    for heavy in ("reader.translation.engine", "reader.translation.check", "reader.entities"):
        assert heavy not in loaded
