"""Hostile inputs for bench/hostile.py: pages, Markdown and model packages.

Each writer puts its files in a folder and returns their names. `small=True`
leaves out the inputs over a megabyte, so that CI can run the rest quickly.
"""

from __future__ import annotations

import json
import os
import stat
import zipfile
from pathlib import Path

PARAGRAPH = (
    "<p>The covered market reopened this morning after two years of building work. "
    "Stallholders were back at their usual places, and the first shoppers arrived at six.</p>\n"
)
EVIL = "https://evil.example"


def _page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>"


def _ld(value: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(value)}</script>'


def small_pages() -> dict[str, str | bytes]:
    """Return the small hostile pages, by file name."""
    p = PARAGRAPH
    figures = [
        "../../../../etc/passwd",
        "%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "\\\\evil.example\\share\\unc.png",
        "\\/evil.example/bs.png",
        "\\//evil.example/bs2.png",
        "&#92;&#92;evil.example/entity.png",
        "file:///etc/passwd",
        "FiLe:/etc/passwd",
        "java\tscript:alert(1)",
        "//evil.example/proto.png",
        "https:evil.example/x.png",
        "page_files/link-to-passwd",
        "page_files/ok.png",
    ]
    figure_html = "".join(
        f'<figure><img src="{src}" alt="alt {n}"><figcaption>Caption {n}</figcaption></figure>{p}'
        for n, src in enumerate(figures)
    )
    nested_ld = "[" * 100_000 + "]" * 100_000
    lol = '<!ENTITY a "lol">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8)
    )
    return {
        "md-quote-inject.html": _page(
            p + f"<blockquote><p>![t]({EVIL}/q.png) and &lt;img src={EVIL}/q2.png "
            'onerror="alert(1)"&gt; and [click](javascript:alert(1)) and '
            "&lt;script&gt;alert(1)&lt;/script&gt;</p></blockquote>" + p
        ),
        "md-code-fence.html": _page(
            p + f"<pre>harmless\n````\n&lt;img src={EVIL}/f.png onerror=alert(1)&gt;\n"
            f"![f]({EVIL}/f2.png)\n```</pre>" + p
        ),
        "md-table-pipe.html": _page(
            p + f"<table><tr><td>a | b</td><td>![t]({EVIL}/t.png)</td>"
            f"<td>&lt;img src={EVIL}/t2.png&gt;</td></tr><tr><td>x</td><td>y</td><td>z</td></tr>"
            "</table>" + p
        ),
        "md-heading-list.html": _page(
            p + f"<h2>![h]({EVIL}/h.png) &lt;img src={EVIL}/h2.png&gt;</h2>"
            f"<ul><li>![li]({EVIL}/li.png)</li></ul><p>&amp;lt;img src=x onerror=alert(1)&amp;gt;"
            f"</p><p>[ref]: {EVIL}/ref.png</p><p>&lt;{EVIL}/angle&gt;</p>" + p
        ),
        "md-figure-caption.html": _page(
            p + f'<figure><img src="ok.png" alt="alt ]({EVIL}/alt.png) ![x">'
            f"<figcaption>cap ![c]({EVIL}/cap.png)</figcaption></figure>" + p
        ),
        "page.html": _page(
            "<h1>Images that leave</h1>" + p + figure_html,
            '<title>Folder escape</title><meta property="og:image" '
            'content="\\\\evil.example\\lead.png">',
        ),
        "lead-dotdot.html": _page(
            "<h1>Lead image escaping</h1>" + p * 3,
            '<meta property="og:image" content="../../../../root/.ssh/id_rsa">',
        ),
        "jsonld-ansi.html": _page(
            p * 3,
            _ld(
                {
                    "@type": "NewsArticle",
                    "headline": "Title \x1b]0;pwned\x07\x1b[2J\x1b[31mRED",
                    "author": {"name": "Mallory \x1b[5mblink"},
                    "publisher": {"name": "Site\x1b]52;c;ZWNobyBwd25lZAo=\x07"},
                }
            ),
        ),
        "jsonld-surrogate.html": _page(
            p * 3,
            _ld({"@type": "NewsArticle", "headline": "Lone \ud800 title", "author": "Eve \udfff"}),
        ),
        "jsonld-deep.html": _page(
            p * 3, f'<script type="application/ld+json">{nested_ld}</script>'
        ),
        "entity-esc.html": _page(
            "<p>Body &#27;[31m red &#x1b;[0m and &#155;31m csi.</p>" + p,
            "<title>Esc &#27;[2J&#27;]0;pwned&#7; title</title>",
        ),
        "canonical.html": _page(
            "<h1>Canonical</h1>" + p * 2,
            '<link rel="canonical" href="jav&#x09;ascript:alert(1)">'
            '<meta property="og:url" content="javascript:alert(2)">',
        ),
        "xxe.xhtml": '<?xml version="1.0"?>\n<!DOCTYPE html [<!ENTITY x SYSTEM '
        '"file:///etc/passwd">]>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><article>'
        "<h1>XXE</h1><p>&x;</p>" + p + "</article></body></html>",
        "billion-laughs.xhtml": f'<?xml version="1.0"?><!DOCTYPE l [{lol}]><html><body><article>'
        "<p>&i;</p>" + p + "</article></body></html>",
        "doctype-subset.html": '<!DOCTYPE html [<!ENTITY e "x">]><html><body><article>'
        "<h1>Subset heading</h1>" + p + "</article></body></html>",
        "bad-utf8.html": b"<html><head><meta charset=utf-8></head><body><article>"
        + p.encode()
        + b"<p>bad \xff\xfe \xed\xa0\x80 surrogate \xc0\xaf overlong</p>"
        + p.encode()
        + b"</article></body></html>",
        "fr-one-bad-byte.html": (
            "<html><head><meta charset=utf-8></head><body><article><h1>Au marché</h1>"
            + "<p>Le marché couvert a rouvert ce matin après deux années de travaux.</p>" * 5
        ).encode()
        + b"<p>Un octet \xff ici.</p></article></body></html>",
        "utf16le-lone-surrogate.html": b"\xff\xfe"
        + _page(p).encode("utf-16-le")[:-46]
        + b"\x00\xd8A\x00"
        + "</article></body></html>".encode("utf-16-le"),
        "nul-bytes.html": _page(p.replace("market", "mar\x00ket") * 3),
        "unclosed-comment.html": "<html><body><article><!--" + p + "</article></body></html>",
        "rtl-title.html": _page(p * 2, "<title>\u202eevil\u202c gpj.exe \u200b</title>"),
        "only-script.html": "<html><body><script>" + "x=1;" * 1000 + "</script></body></html>",
        "attrs-5000.html": _page(
            "<p " + " ".join(f"a{i}=x" for i in range(5000)) + ">Many attributes.</p>" + p
        ),
        "title-50k.html": _page(p * 2, "<title>" + "T" * 50_000 + "</title>"),
        "word-50k.html": _page("<p>" + "x" * 50_000 + "</p>" + p),
    }


def large_pages() -> dict[str, str | bytes]:
    """Return the pages over a megabyte (up to the 50 MB limit), by file name."""
    p = PARAGRAPH
    return {
        "title-1mb.html": _page(p * 2, "<title>" + "T" * (1 << 20) + "</title>"),
        "title-400k.html": _page(p * 2, "<title>" + "T" * 400_000 + "</title>"),
        "title-1mb-words.html": _page(p * 2, "<title>" + "word " * 200_000 + "</title>"),
        "dd-dt-800k.html": _page(p + "<dl>" + "<dt>t</dt><dd>d</dd>" * 400_000 + "</dl>" + p),
        "many-attrs-80k.html": _page(
            "<p " + " ".join(f"a{i}=x" for i in range(80_000)) + ">Many attributes.</p>" + p
        ),
        "many-br-2m.html": _page("<p>" + "a<br>" * 2_000_000 + "</p>"),
        "huge-attr-20mb.html": _page(
            '<p title="' + "A" * (20 << 20) + '">Huge attribute paragraph.</p>' + p
        ),
        "long-word-20mb.html": _page("<p>" + "x" * (20 << 20) + "</p>" + p),
        "nested-spans-1m.html": _page(
            "<span>" * 1_000_000 + "Deep span text." + "</span>" * 1_000_000 + p
        ),
        "table-100k-rows.html": _page(
            p
            + "<table>"
            + "".join(f"<tr><td>r{i}</td><td>v{i}</td></tr>" for i in range(100_000))
            + "</table>"
            + p
        ),
        "many-links-300k.html": _page(
            p + "<p>" + "".join(f'<a href="/l{i}">link {i}</a> ' for i in range(300_000)) + "</p>"
        ),
    }


def _one_pixel_png() -> bytes:
    """Return a valid 1×1 grey PNG: the picture a page saved with its files may show."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\x80"))
        + chunk(b"IEND", b"")
    )


def hostile_markdown() -> str:
    """Return a Markdown source with raw HTML, remote images and scripts."""
    return (
        "# A Markdown article\n\n"
        "The covered market reopened this morning after two years of building work.\n\n"
        f'> <img src="{EVIL}/mdq.png" onerror="alert(1)"> quoted html\n'
        f"> ![quoted]({EVIL}/mdq2.png) and [js](javascript:alert(1))\n\n"
        f'<img src="{EVIL}/raw.png" onerror="alert(2)">\n\n<script>alert(3)</script>\n\n'
        "````\ncode\n```\n````\n\n"
        f"![normal]({EVIL}/normal.png)\n\n"
        f"| a | b |\n|---|---|\n| ![c]({EVIL}/cell.png) | <img src=x onerror=alert(5)> |\n"
    )


def write_pages(folder: Path, *, small: bool) -> list[Path]:
    """Write the pages (and a saved page's files) into `folder`; return the inputs."""
    folder.mkdir(parents=True, exist_ok=True)
    pages = small_pages() if small else {**small_pages(), **large_pages()}
    written = []
    for name, content in pages.items():
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")
        written.append(path)
    files = folder / "page_files"
    files.mkdir(exist_ok=True)
    (files / "ok.png").write_bytes(_one_pixel_png())
    link = files / "link-to-passwd"
    if not link.is_symlink():
        link.symlink_to("/etc/passwd")
    markdown = folder / "hostile.md"
    markdown.write_text(hostile_markdown(), encoding="utf-8")
    written.append(markdown)
    return written


def write_models(folder: Path, source: Path, *, small: bool) -> list[Path]:
    """Write hostile .argosmodel files made from the real package `source`."""
    folder.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(source) as base:
        members = {i.filename: base.read(i) for i in base.infolist() if not i.is_dir()}
    meta_name = next(n for n in members if n.endswith("/metadata.json"))
    top = meta_name.split("/")[0]
    metadata = json.loads(members[meta_name])

    def build(name: str, *, meta: bytes | None = None, extra: tuple = ()) -> None:
        with zipfile.ZipFile(folder / name, "w", zipfile.ZIP_DEFLATED) as archive:
            for member, data in members.items():
                archive.writestr(member, meta if meta is not None and member == meta_name else data)
            for entry, data, mode in extra:
                info = zipfile.ZipInfo(entry, date_time=(2024, 1, 1, 0, 0, 0))
                info.external_attr = mode << 16
                info.create_system = 3
                archive.writestr(info, data)

    def meta(**changes: object) -> bytes:
        return json.dumps({**metadata, **changes}).encode()

    build("backslash-dotdot.argosmodel", extra=((f"{top}\\..\\..\\PWNED", b"x", 0o100644),))
    build("drive-letter.argosmodel", extra=(("C:/PWNED", b"x", 0o100644),))
    build("symlink.argosmodel", extra=((f"{top}/link", b"/etc/passwd", stat.S_IFLNK | 0o777),))
    build(
        "fifo.argosmodel",
        extra=((f"{top}/fifo", b"", stat.S_IFIFO | 0o644), (f"{top}/dev", b"", stat.S_IFCHR)),
    )
    build("meta-deep.argosmodel", meta=b'{"from_code":"fr","x":' + b"[" * 5000 + b"]" * 5000 + b"}")
    build("meta-code-newline.argosmodel", meta=meta(from_code="fr\n"))
    build("meta-code-dotdot.argosmodel", meta=meta(from_code="../.."))
    build("meta-name-ansi.argosmodel", meta=meta(from_name="Fr\x1b]0;pwned\x07\x1b[2J"))
    build(
        "meta-surrogate.argosmodel", meta=b'{"from_code":"fr","to_code":"en","from_name":"\\ud800"}'
    )
    build("meta-nan.argosmodel", meta=b'{"from_code":"fr","to_code":"en","package_version":NaN}')
    build("meta-not-dict.argosmodel", meta=b"[1, 2]")
    data = source.read_bytes()
    (folder / "truncated.argosmodel").write_bytes(data[: len(data) // 2])
    corrupt = bytearray(data)
    at = corrupt.find(b"model/model.bin") + 200
    corrupt[at : at + 50] = bytes(50)
    (folder / "corrupt-crc.argosmodel").write_bytes(bytes(corrupt))
    if not small:
        with zipfile.ZipFile(folder / "many-members.argosmodel", "w") as archive:
            for member, content in members.items():
                archive.writestr(member, content)
            for n in range(100_000):
                archive.writestr(f"{top}/junk/{n}", b"")
        build("meta-100mb.argosmodel", meta=meta(pad="A" * (100 << 20)))
    fifo = folder / "fifo-file.argosmodel"
    if not fifo.exists():
        os.mkfifo(fifo)
    return sorted(folder.iterdir())
