"""Only images saved next to the page, inside its folder, may be shown."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader import extraction_images
from reader.article import Article, Image, SourceFormat
from reader.extraction_images import local_image_path

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def saved_page(folder: Path) -> Article:
    (folder / "page_files").mkdir()
    (folder / "page_files" / "photo one.png").write_bytes(PNG)
    (folder / "outside.png").write_bytes(PNG)
    page = folder / "page.html"
    page.write_text("<p>x</p>", encoding="utf-8")
    return Article("t", "x", (), str(page), SourceFormat.HTML)


def test_a_file_in_the_saved_folder_is_found(tmp_path: Path) -> None:
    article = saved_page(tmp_path)
    for src in ("page_files/photo%20one.png", "./page_files/photo one.png"):
        found = local_image_path(article, Image(0, src))
        assert found == (tmp_path / "page_files" / "photo one.png").resolve()


@pytest.mark.parametrize(
    "src",
    [
        "https://cdn.example/photo.png",
        "//cdn.example/photo.png",
        "file:///etc/passwd",
        "data:image/png;base64,AAAA",
        "/etc/passwd",
        "../outside.png",
        "page_files/../../outside.png",
        "page_files/missing.png",
        "page_files",
        "",
    ],
)
def test_anything_else_is_refused(tmp_path: Path, src: str) -> None:
    page_dir = tmp_path / "saved"
    page_dir.mkdir()
    article = saved_page(page_dir)
    (tmp_path / "outside.png").write_bytes(PNG)
    assert local_image_path(article, Image(0, src)) is None


def test_a_link_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    page_dir = tmp_path / "saved"
    page_dir.mkdir()
    article = saved_page(page_dir)
    secret = tmp_path / "secret.png"
    secret.write_bytes(PNG)
    os.symlink(secret, page_dir / "page_files" / "link.png")
    assert local_image_path(article, Image(0, "page_files/link.png")) is None


def test_articles_from_the_web_or_text_show_no_local_file(tmp_path: Path) -> None:
    article = saved_page(tmp_path)
    image = Image(0, "page_files/photo one.png")
    web = Article("t", "x", (), "https://a.example/page.html", SourceFormat.HTML)
    text = Article("t", "x", (), article.source, SourceFormat.TEXT)
    assert local_image_path(web, image) is None
    assert local_image_path(text, image) is None


def test_huge_files_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    article = saved_page(tmp_path)
    monkeypatch.setattr(extraction_images, "MAX_IMAGE_BYTES", len(PNG) - 1)
    assert local_image_path(article, Image(0, "page_files/photo one.png")) is None
