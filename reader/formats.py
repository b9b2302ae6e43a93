"""An `Article` written out as plain text, Markdown, HTML or JSON."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from reader.article import Article, Block, BlockKind, Image
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
    lines = [f"# {_md_inline(article.title)}"] if article.title else []
    if article.byline:
        lines.append(f"*{_md_inline(article.byline)}*")
    if article.canonical_url:
        lines.append(f"<{_md_url(article.canonical_url)}>")
    if article.lead_image and _is_local(article.lead_image):
        lines.append(f"![]({_md_url(article.lead_image)})")
    images = _local_images(article)
    previous: Block | None = None
    number = 0
    for index, block in enumerate(article.blocks):
        text = article.block_text(block)
        if block.kind is BlockKind.LIST_ITEM:
            same_list = previous is not None and previous.kind is BlockKind.LIST_ITEM
            number = number + 1 if same_list else 1
            marker = f"{number}." if block.ordered else "-"
            item = "  " * (block.level - 1) + f"{marker} {_md_inline(text)}"
            if same_list:
                lines[-1] += "\n" + item
            else:
                lines.append(item)
        elif block.kind is BlockKind.HEADING:
            lines.append("#" * min(6, max(2, block.level)) + " " + _md_inline(text))
        elif block.kind is BlockKind.QUOTE:
            lines.append("\n".join("> " + line for line in text.split("\n")))
        elif block.kind is BlockKind.CODE:
            fence = "````" if "```" in text else "```"
            lines.append(f"{fence}\n{text}\n{fence}")
        elif block.kind is BlockKind.FIGURE:
            image = images.get(index)
            if image is not None:
                lines.append(f"![{_md_inline(image.alt)}]({_md_url(image.src)})")
            lines.append(f"*{_md_inline(text)}*")
        elif block.kind is BlockKind.TABLE_ROW:
            lines.append("| " + " | ".join(_md_inline(c) for c in text.split("\t")) + " |")
        else:
            lines.append(_md_line_start(_md_inline(text)))
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
        parts.append(f'<p class="canonical"><a href="{url}">{url}</a></p>')
    if article.lead_image and _is_local(article.lead_image):
        parts.append(f'<img class="lead" src="{esc(article.lead_image)}" alt="">')
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
            src, alt = esc(image.src), esc(image.alt)
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


def _md_line_start(text: str) -> str:
    """Escape a paragraph's first character when Markdown would read it as markup."""
    if re.match(r"(?:#|>|[-+]\s|\d+[.)]\s)", text):
        match = re.match(r"\d+", text)
        cut = match.end() if match else 0
        return text[:cut] + "\\" + text[cut:]
    return text


def _local_images(article: Article) -> dict[int, Image]:
    """Return the images saved beside the page, by block: remote ones are left out.

    A Markdown or HTML viewer would fetch a remote picture as soon as it shows
    the file, so exports keep only the caption of those (JSON keeps every address).
    """
    return {image.block_index: image for image in article.images if _is_local(image.src)}


def _is_local(src: str) -> bool:
    parts = urlsplit(src)
    return not parts.scheme and not parts.netloc and not src.startswith("/")


def _md_url(url: str) -> str:
    """Keep a URL on one line and inside its Markdown parentheses or angle brackets."""
    return "".join(f"%{ord(c):02X}" if c in " ()<>" or ord(c) < 32 else c for c in url)


def _md_inline(text: str) -> str:
    # Escape only what would change the meaning of plain prose in Markdown.
    escaped = text.replace("\\", "\\\\")
    for char in "*_`[]<>":
        escaped = escaped.replace(char, "\\" + char)
    return escaped.replace("\n", "  \n")
