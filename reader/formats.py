"""An `Article` written out as plain text, Markdown, HTML or JSON."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from reader.article import Article, Block, BlockKind, Image
from reader.extraction_images import local_image_path
from reader.language import language_name

FORMATS = ("text", "markdown", "html", "json")


def render(article: Article, fmt: str) -> str:
    """Return the article in one of `FORMATS`."""
    renderers: dict[str, Callable[[Article], str]] = {
        "text": to_text,
        "markdown": to_markdown,
        "html": to_html,
        "json": to_json,
    }
    return renderers[fmt](article)


def to_text(article: Article) -> str:
    """Return the title, byline and body as plain text."""
    head = [article.title] if article.title else []
    if article.byline:
        head.append(article.byline)
    body = []
    for block in article.blocks:
        text = article.block_text(block)
        if block.kind is BlockKind.LIST_ITEM:
            text = "  " * (block.level - 1) + "- " + text
        body.append(text)
    return "\n\n".join([*head, *body]) + "\n"


def to_markdown(article: Article) -> str:
    """Return the article as Markdown."""
    lines = [f"# {_md_line(article.title)}"] if article.title else []
    if article.byline:
        lines.append(f"*{_md_text(article.byline)}*")
    if article.canonical_url:
        lines.append(_md_link(article.canonical_url))
    lead = _lead_image(article)
    if lead:
        lines.append(f"![]({lead})")
    images = _local_images(article)
    previous: Block | None = None
    number = 0
    for index, block in enumerate(article.blocks):
        text = article.block_text(block)
        if block.kind is BlockKind.LIST_ITEM:
            same_list = previous is not None and previous.kind is BlockKind.LIST_ITEM
            number = number + 1 if same_list else 1
            marker = f"{number}." if block.ordered else "-"
            item = "  " * (block.level - 1) + f"{marker} {_md_text(text)}"
            if same_list:
                lines[-1] += "\n" + item
            else:
                lines.append(item)
        elif block.kind is BlockKind.HEADING:
            lines.append("#" * min(6, max(2, block.level)) + " " + _md_line(text))
        elif block.kind is BlockKind.QUOTE:
            lines.append("\n".join("> " + _md_text(line) for line in text.split("\n")))
        elif block.kind is BlockKind.CODE:
            lines.append(_md_code(text))
        elif block.kind is BlockKind.FIGURE:
            src = images.get(index)
            if src is not None:
                alt = _md_line(_image_alt(article, index))
                lines.append(f"![{alt}]({src})")
            lines.append(f"*{_md_text(text)}*")
        elif block.kind is BlockKind.TABLE_ROW:
            lines.append("| " + " | ".join(_md_line(c) for c in text.split("\t")) + " |")
        else:
            lines.append(_md_text(text))
        previous = block
    return "\n\n".join(lines) + "\n"


def to_html(article: Article) -> str:
    """Return a small, self-contained HTML page of the article, escaped throughout."""
    esc = html.escape
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{esc(article.language or "")}">',
        '<head><meta charset="utf-8">',
        f"<title>{esc(article.title)}</title>",
        "<style>body{max-width:38em;margin:2em auto;padding:0 1em;"
        "font:1.1em/1.6 Georgia,serif;color:#222}</style>",
        "</head><body><article>",
        f"<h1>{esc(article.title)}</h1>",
    ]
    if article.byline:
        parts.append(f'<p class="byline">{esc(article.byline)}</p>')
    if article.canonical_url:
        url = esc(article.canonical_url)
        link = f'<a href="{url}">{url}</a>' if _is_web(article.canonical_url) else url
        parts.append(f'<p class="canonical">{link}</p>')
    lead = _lead_image(article)
    if lead:
        parts.append(f'<img class="lead" src="{esc(lead)}" alt="">')
    images = _local_images(article)
    open_lists: list[str] = []
    for index, block in enumerate(article.blocks):
        text = esc(article.block_text(block))
        depth = block.level if block.kind is BlockKind.LIST_ITEM else 0
        while len(open_lists) > depth:
            parts.append(f"</{open_lists.pop()}>")
        while len(open_lists) < depth:
            tag = "ol" if block.ordered else "ul"
            open_lists.append(tag)
            parts.append(f"<{tag}>")
        image = images.get(index)
        if image is not None and block.kind is BlockKind.FIGURE:
            src, alt = esc(image), esc(_image_alt(article, index))
            text = text.replace("\n", "<br>")
            parts.append(
                f'<figure><img src="{src}" alt="{alt}"><figcaption>{text}</figcaption></figure>'
            )
        else:
            parts.append(html_block(block, text))
    parts.extend(f"</{tag}>" for tag in reversed(open_lists))
    parts.append("</article></body></html>")
    return "\n".join(parts) + "\n"


def html_block(block: Block, text: str) -> str:
    """Return one block as HTML; `text` is already escaped. A list item is a bare <li>."""
    if block.kind is not BlockKind.CODE:
        text = text.replace("\n", "<br>")
    if block.kind is BlockKind.HEADING:
        level = min(6, max(2, block.level))
        return f"<h{level}>{text}</h{level}>"
    if block.kind is BlockKind.LIST_ITEM:
        return f"<li>{text}</li>"
    if block.kind is BlockKind.QUOTE:
        return f"<blockquote><p>{text}</p></blockquote>"
    if block.kind is BlockKind.CODE:
        return f"<pre><code>{text}</code></pre>"
    if block.kind is BlockKind.FIGURE:
        return f"<figure><figcaption>{text}</figcaption></figure>"
    if block.kind is BlockKind.TABLE_ROW:
        cells = "".join(f"<td>{cell}</td>" for cell in text.split("\t"))
        return f"<table><tr>{cells}</tr></table>"
    return f"<p>{text}</p>"


def article_dict(article: Article) -> dict[str, Any]:
    """Return the article as plain JSON-ready values."""
    return {
        "title": article.title,
        "byline": article.byline,
        "date": article.date,
        "site": article.site,
        "language": article.language,
        "language_name": language_name(article.language) if article.language else None,
        "source": article.source,
        "source_format": article.source_format.value,
        "canonical_url": article.canonical_url,
        "lead_image": article.lead_image,
        "word_count": article.word_count,
        "reading_minutes": article.reading_minutes,
        "text": article.text,
        "blocks": [
            {
                "kind": block.kind.value,
                "level": block.level,
                "ordered": block.ordered,
                "start": block.start,
                "end": block.end,
                "text": article.block_text(block),
            }
            for block in article.blocks
        ],
        "images": [
            {"block": image.block_index, "src": image.src, "alt": image.alt}
            for image in article.images
        ],
        "removed": list(article.removed),
    }


def to_json(article: Article) -> str:
    """Return the article as JSON; offsets index `text` in code points."""
    return json.dumps(article_dict(article), ensure_ascii=False, indent=2) + "\n"


#: A line start that Markdown reads as a heading, quote, list, rule or setext
#: underline; the first mark is escaped (a list number keeps its digits).
_MD_LINE_START = re.compile(r"^(\s*)(?:(\d{1,9})([.)])|([#>+=\-]))")
#: Inline characters that make links, images, raw HTML, emphasis, code spans,
#: table cells or strike-through, and an `&` that would start an entity; each
#: is backslash-escaped.
_MD_INLINE = re.compile(r"[\\`*_\[\]<>|~]|&(?=#?\w+;)")


def _md_text(text: str) -> str:
    """Return prose as Markdown that renders as this text and nothing else.

    Every line is escaped, not only the first: a line of a quote or a caption
    could otherwise start a heading, a list, a raw HTML block or a fence.
    """
    return "  \n".join(_md_line(line) for line in text.split("\n"))


def _md_line(text: str) -> str:
    escaped = _MD_INLINE.sub(lambda m: "\\" + m.group(), text.replace("\n", " "))
    return _MD_LINE_START.sub(_escape_line_start, escaped, count=1)


def _escape_line_start(match: re.Match[str]) -> str:
    indent, number, dot, mark = match.groups()
    if number:
        return f"{indent}{number}\\{dot}"
    return f"{indent}\\{mark}"


def _md_code(text: str) -> str:
    """Fence code with more backticks than any run inside it, so it cannot close early."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}\n{text}\n{fence}"


def _md_link(url: str) -> str:
    """Link a web address; any other scheme (javascript:, file:) is shown as text."""
    if _is_web(url):
        return f"<{_md_url(url)}>"
    return _md_line(url)


def _is_web(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in {"http", "https"} and bool(parts.netloc)


def _local_images(article: Article) -> dict[int, str]:
    """Return the address of each picture saved inside the page's folder, by block.

    A Markdown or HTML viewer loads an image as soon as it shows the file, so
    exports keep only pictures whose file lies inside the page's folder (after
    following symbolic links), written as a plain relative path; a remote,
    UNC, backslashed, absolute or climbing (`..`) address keeps only its
    caption. JSON keeps every address as the page wrote it.
    """
    found = {}
    for image in article.images:
        src = local_image_src(article, image)
        if src is not None:
            found[image.block_index] = src
    return found


def _lead_image(article: Article) -> str | None:
    """Return the lead picture's address for an export, unless a figure shows it already.

    A page's own picture for the article (og:image) is often also the
    picture at the top of the story: written twice, it would show twice.
    """
    if not article.lead_image:
        return None
    lead = local_image_src(article, Image(-1, article.lead_image))
    return None if lead in _local_images(article).values() else lead


def local_image_src(article: Article, image: Image) -> str | None:
    """Return the address exports write for a saved picture, or None if it is not one."""
    path = local_image_path(article, image)
    if path is None:
        return None
    folder = Path(article.source).resolve().parent
    return quote(path.relative_to(folder).as_posix(), safe="/")


def _image_alt(article: Article, block_index: int) -> str:
    return next((i.alt for i in article.images if i.block_index == block_index), "")


def _md_url(url: str) -> str:
    """Keep a URL on one line and inside its Markdown parentheses or angle brackets."""
    return "".join(f"%{ord(c):02X}" if c in " ()<>" or ord(c) < 32 else c for c in url)
