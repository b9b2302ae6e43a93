"""Clean a plain-text or Markdown article into an `Article`.

Four passes: the text is normalised and cut into lines, and the lines grouped
into blocks (`reader.markdown`, which reads Markdown and plain text alike); the
edges of the article are searched for its title, byline, date and boilerplate;
what is left is assembled into the article's single text.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

from reader.article import Article, ArticleBuilder, BlockKind, SourceFormat
from reader.boilerplate import (
    find_date,
    is_boilerplate_line,
    is_credit_line,
    is_standalone_boilerplate,
    match_byline,
    match_dateline,
    split_authors,
)
from reader.markdown import (
    ALNUM,
    CLOSERS,
    MAX_TITLE_CHARS,
    Block,
    collapse_spaces,
    ends_clause,
    normalise,
    parse_blocks,
    split_front_matter,
)

logger = logging.getLogger(__name__)

#: Section headings are a few words; 100 characters still holds a two-clause
#: heading ("Pourquoi … ? Parce que … !") and leaves out one-line paragraphs.
MAX_HEADING_CHARS = 100

#: Lines this short may be promo furniture: about two lines of a reading
#: column. Longer ones are article text and stop a run of boilerplate.
MAX_WEAK_CHARS = 160

#: How many blocks from the top the title, byline and date are looked for:
#: a cookie banner with its three buttons, a breadcrumb, a kicker, the title,
#: a byline, a photo credit and a dateline are ten; two spare for a standfirst.
HEAD_ZONE_BLOCKS = 12

#: How many blocks before the trailing promos a closing credit may sit.
TAIL_CREDIT_BLOCKS = 3

#: A promo holds a slogan or three between its labels; more plain sentences
#: in a row than this are article text, and a promo phrase before them is not
#: the start of the footer.
MAX_PROMO_SENTENCES = 3

#: A caption runs to a few lines of a reading column; longer text under a
#: "Photo :" label is an article paragraph that happens to start that way.
MAX_CAPTION_CHARS = 400

#: An author's bio at the end ("Ana Ruiz is a dietitian.") is a sentence or two.
MAX_BIO_CHARS = 300

#: A title made from the first sentence is cut at a word boundary before this.
FALLBACK_TITLE_CHARS = 80

#: Plain-text section headings: level 1 is the article's title.
PLAIN_HEADING_LEVEL = 2

_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"\w+")
_META_SEPARATOR = re.compile(r"\s+[|·•—–-]\s+")

# Sentence ends, and the closing quotes and brackets that may follow them.
_SENTENCE_ENDS = ".!?…"
_OPENERS = "«“‘\"'(¿¡ \u00a0\u202f"
_QUOTE_PAIRS = {"«": "»", "“": "”", '"': '"'}
# A full stop inside a line, after a word and before a capital: two sentences,
# so prose. "?" and "!" may sit inside a heading ("Pourquoi … ? Parce que …").
_INNER_FULL_STOP = re.compile(r"\w\w\.\s+(?=[A-ZÀ-ÖØ-Þ])")

# Image lines of scraped text: "Photo : …", "Image: …", "Légende : …".
_CAPTION_LABEL = re.compile(
    r"^[\W_]{0,3}(?:photos?|images?|illustrations?|photographie|l[ée]gende|caption"
    r"|infographie|infographic)\s*:\s*(?=\w|[«“\"'(])",
    re.IGNORECASE,
)
# A credit after the caption: ". Credit: Flixbus", " | Photo : AFP", " (© Archives)",
# " (Getty Images)".
_CREDIT_LABEL = r"(?:©|(?:cr[ée]dits?|credits?|photos?|images?|sources?)\s*(?:photos?\s*)?:)"
_AGENCY = (
    r"\b(?:getty|afp|reuters|ap|shutterstock|unsplash|alamy|epa|maxppp|sipa|abaca|istock"
    r"|wikimedia)\b"
)
_CAPTION_CREDIT = re.compile(
    rf"(?:(?<=[.!?…])\s+|\s+[-–—|/·]\s+){_CREDIT_LABEL}[^()]{{0,100}}$"
    rf"|\s*\(\s*{_CREDIT_LABEL}[^()]{{0,100}}\)\s*$"
    rf"|\s*\([^()]{{0,40}}{_AGENCY}[^()]{{0,40}}\)\s*$",
    re.IGNORECASE,
)
# What follows an author's name in a bio: "Ana Ruiz is a dietitian", "X, 42 ans, est …".
_BIO_VERB = re.compile(
    r"\s*(?:,[^,.]{0,40},\s*)?(?:is|was|writes|lives|has|est|était|écrit|vit|a)\b",
    re.IGNORECASE,
)
_HONORIFIC = re.compile(r"^(?:dr|pr|prof|mr|mrs|ms|mme|mlle|m)\.?\s+", re.IGNORECASE)

# File names that say nothing about the article inside.
_GENERIC_NAME = re.compile(
    r"articles?|document|doc|texte?|txt|untitled|sans titre|nouveau|new|notes?|clipboard"
    r"|presse papiers|stdin|index|readme|download|page|copie|copy",
    re.IGNORECASE,
)
# Hashes and ids that tools give files: "3f9a0c1e2b7d".
_HASH_LIKE = re.compile(r"[0-9a-f -]{8,}", re.IGNORECASE)

_BODY_KINDS = frozenset(
    {BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.QUOTE, BlockKind.CODE, BlockKind.TABLE_ROW}
)


@dataclass
class _Page:
    """The blocks of an article, and what has been taken out of them."""

    body: list[Block]
    removed: list[Block] = field(default_factory=list)
    title: str | None = None
    byline: str | None = None
    date: str | None = None

    def drop(self, blocks: list[Block], record: bool = True) -> None:
        """Take blocks out of the body, recording them as removed unless told not to."""
        doomed = set(blocks)
        if not doomed:
            return
        self.body = [block for block in self.body if block not in doomed]
        if record:
            self.removed.extend(doomed)


def clean_text(text: str, source: str, markdown: bool = False) -> Article:
    """Clean a plain-text or Markdown article.

    Args:
        text: the decoded text of the file.
        source: where it came from (a path, a URL or a name); it names the
            article when the text has no title line.
        markdown: read Markdown's rules on top of plain text's.

    Returns:
        The article. `byline` holds the authors' names only (roles, outlets and
        translators are left out); `date` is the publication date as written;
        `removed` lists, in order, the source lines dropped as boilerplate or
        as surplus credits. A text without letters gives an article with no
        blocks.
    """
    lines = normalise(text).split("\n")
    front: dict[str, str] = {}
    if markdown:
        front, lines = split_front_matter(lines)
    has_letters = any(_LETTER.search(line) for line in lines)
    page = _Page(parse_blocks(lines, markdown) if has_letters else [])
    _read_head(page, front.get("title"))
    _read_tail(page)
    _drop_stray_boilerplate(page)
    _drop_author_bio(page)
    _mark_captions(page)
    _mark_quotes(page.body)
    _mark_headings(page.body)
    _drop_empty_figures(page)
    title = front.get("title") or page.title
    if title:
        _drop_repeated_title(page, title)
    else:
        # Made up from the name or the text: the body keeps all of its lines.
        title = title_from_source(source) or _first_sentence(page.body) or ""
    logger.debug("%s: %d blocks kept, %d removed", source, len(page.body), len(page.removed))
    return _assemble(page, title, source, markdown, front)


# --- Edges: title, credits, boilerplate -----------------------------------------


def _is_weak(block: Block) -> bool:
    """Tell whether a block is short enough to be promo furniture."""
    if block.kind in {BlockKind.CODE, BlockKind.TABLE_ROW}:
        return False
    if block.kind is BlockKind.FIGURE:
        return True
    return len(block.text) <= MAX_WEAK_CHARS or is_boilerplate_line(block.text)


def _is_strong(block: Block) -> bool:
    """Tell whether a block carries a promo, share, related-link or footer phrase."""
    return block.kind not in {BlockKind.CODE, BlockKind.FIGURE} and is_boilerplate_line(block.text)


def _is_single_line_paragraph(block: Block) -> bool:
    return block.kind is BlockKind.PARAGRAPH and len(block.parts) == 1


def _read_head(page: _Page, known_title: str | None) -> None:
    """Take the title, byline, date and leading promos from the top."""
    zone: list[Block] = []
    for block in page.body[:HEAD_ZONE_BLOCKS]:
        if not _is_weak(block):
            break
        zone.append(block)
    # Credits may follow a standfirst; promos sit above the first sentence.
    _take_credits(page, zone)
    furniture: list[Block] = []
    for block in zone:
        if _opens_body(block):
            break
        if block in page.body:
            furniture.append(block)
    _drop_leading_boilerplate(page, furniture)
    if known_title is None:
        _take_title(page)


def _opens_body(block: Block) -> bool:
    """Tell whether a short block is the article's first sentence, not furniture."""
    return _is_sentence(block) and not _is_strong(block) and _match_credit(block.text) is None


def _take_credits(page: _Page, blocks: list[Block]) -> None:
    """Move byline and date lines out of the body; the first of each is kept."""
    used: list[Block] = []
    surplus: list[Block] = []
    for block in blocks:
        credit = _match_credit(block.text) if _is_single_line_paragraph(block) else None
        if credit is None:
            continue
        byline, date = credit
        useful = bool(byline and page.byline is None) or bool(date and page.date is None)
        page.byline = page.byline or byline
        page.date = page.date or date
        (used if useful else surplus).append(block)
    page.drop(used, record=False)
    page.drop(surplus)


def _match_credit(text: str) -> tuple[str | None, str | None] | None:
    """Read a byline and/or a date from a credit line ("Par X · 12 mars 2025")."""
    byline = match_byline(text)
    if byline is not None:
        return byline, find_date(text)
    date = match_dateline(text)
    if date is not None:
        return None, date
    segments = _META_SEPARATOR.split(text)
    if len(segments) < 2:
        return None
    bylines: list[str] = []
    dates: list[str] = []
    for segment in segments:
        segment_byline, segment_date = match_byline(segment), match_dateline(segment)
        if segment_byline:
            bylines.append(segment_byline)
        elif segment_date:
            dates.append(segment_date)
        elif not is_boilerplate_line(segment):
            return None  # "5 min read" may sit beside a credit; prose may not
    if not bylines and not dates:
        return None
    return (bylines[0] if bylines else None), (dates[0] if dates else None)


def _drop_leading_boilerplate(page: _Page, zone: list[Block]) -> None:
    """Drop promo lines above the article, sparing a title among them."""
    strong = [index for index, block in enumerate(zone) if _is_strong(block)]
    if not strong:
        return
    first, last = strong[0], strong[-1]
    doomed = [
        block
        for index, block in enumerate(zone[first : last + 1], start=first)
        if index in strong or not _is_title_like(block)
    ]
    # A promo's list of perks or its picture goes with it.
    for block in zone[last + 1 :]:
        if block.kind not in {BlockKind.LIST_ITEM, BlockKind.FIGURE}:
            break
        doomed.append(block)
    page.drop(doomed)


def _take_title(page: _Page) -> None:
    """Take the first line as the title when it looks like one."""
    candidates = [
        block
        for block in page.body[:HEAD_ZONE_BLOCKS]
        if block.kind is not BlockKind.FIGURE and _caption(block) is None  # pictures first
    ]
    if len(candidates) < 2 or not _is_title_like(candidates[0]):
        return  # a title needs body text after it
    title = candidates[0]
    if _is_kicker(title) and _is_title_like(candidates[1]) and candidates[1] is not page.body[-1]:
        # A section label over the title ("ÉCONOMIE", "Tech") is furniture.
        page.drop([title])
        title = candidates[1]
    page.title = title.text
    page.drop([title], record=False)


def _is_title_like(block: Block) -> bool:
    if block.kind is BlockKind.HEADING:
        return True
    text = block.text
    # Titles may trail off ("Et si on ralentissait un peu…"); sentences of
    # the body end with a full stop, and credits are not titles.
    ending = text.rstrip(CLOSERS).endswith(("…", "..."))
    return (
        _is_single_line_paragraph(block)
        and len(text) <= MAX_TITLE_CHARS
        and _starts_like_heading(text)
        and (ending or not ends_clause(text))
        and not is_credit_line(text)
        and _CAPTION_LABEL.match(text) is None
    )


def _is_kicker(block: Block) -> bool:
    words = block.text.split()
    return len(words) <= 2 or block.text.isupper()


def _read_tail(page: _Page) -> None:
    """Take the closing credit and drop the trailing promos."""
    body = page.body
    start = len(body)
    while start > 0 and _is_weak(body[start - 1]):
        start -= 1
    run = body[start:]
    cut = _footer_start(run)
    _take_credits(page, run[max(0, cut - TAIL_CREDIT_BLOCKS) :])
    kept = set(page.body)
    page.drop([block for block in run[cut:] if block in kept])


def _footer_start(run: list[Block]) -> int:
    """Find where the promos of a trailing run of short blocks begin.

    The footer starts at the first strong promo line, unless more than
    `MAX_PROMO_SENTENCES` plain sentences follow it before the next one.
    """
    cut = len(run)
    sentences = 0
    for index in range(len(run) - 1, -1, -1):
        block = run[index]
        if _is_strong(block):
            cut, sentences = index, 0
        elif _is_sentence(block):
            sentences += 1
            if sentences > MAX_PROMO_SENTENCES:
                break
    return cut


def _is_sentence(block: Block) -> bool:
    text = block.text.rstrip(CLOSERS)
    return block.kind is BlockKind.PARAGRAPH and text.endswith(tuple(_SENTENCE_ENDS))


def _drop_stray_boilerplate(page: _Page) -> None:
    """Drop "Lire aussi : …" links and advertising labels inside the body."""
    page.drop(
        [
            block
            for block in page.body
            if _is_single_line_paragraph(block) and is_standalone_boilerplate(block.text)
        ]
    )


def _drop_author_bio(page: _Page) -> None:
    """Drop a closing line about the author ("Ana Ruiz is a dietitian."): not the article."""
    if not page.byline or not page.body:
        return
    names = [_HONORIFIC.sub("", name) for name in split_authors(page.byline)]
    last = page.body[-1]
    text = last.text.lstrip("*_ ")
    if last.kind is not BlockKind.PARAGRAPH or len(text) > MAX_BIO_CHARS:
        return
    for name in names:
        if name and text.startswith(name) and _BIO_VERB.match(text, len(name)):
            page.drop([last])
            return


def _mark_captions(page: _Page) -> None:
    """Turn image lines ("Photo : …") into figures, joining the image they caption."""
    previous: Block | None = None
    captioned: set[Block] = set()
    merged: list[Block] = []
    for block in page.body:
        caption = _caption(block)
        if caption is not None:
            if (
                previous is not None
                and previous.kind is BlockKind.FIGURE
                and previous not in captioned
            ):
                # The line under a picture captions it, and says more than
                # the picture's alt text.
                previous.text = caption
                previous.source.extend(block.source)
                captioned.add(previous)
                merged.append(block)
                continue
            block.kind = BlockKind.FIGURE
            block.text = caption
            captioned.add(block)
        previous = block
    page.drop(merged, record=False)


def _caption(block: Block) -> str | None:
    """Return the caption of an image line, without its label and credit, or None."""
    if block.kind is not BlockKind.PARAGRAPH or len(block.text) > MAX_CAPTION_CHARS:
        return None
    label = _CAPTION_LABEL.match(block.text)
    if label is None:
        return None
    caption = block.text[label.end() :]
    caption = _CAPTION_CREDIT.sub("", caption).strip()
    return caption if ALNUM.search(caption) else None


def _drop_empty_figures(page: _Page) -> None:
    page.drop([block for block in page.body if block.kind is BlockKind.FIGURE and not block.text])


def _drop_repeated_title(page: _Page, title: str) -> None:
    """Drop a first heading or line that repeats the title."""
    first = next((block for block in page.body if block.kind is not BlockKind.FIGURE), None)
    if (
        first is not None
        and first.kind in {BlockKind.HEADING, BlockKind.PARAGRAPH}
        and _same_words(first.text, title)
    ):
        page.drop([first], record=False)


def _same_words(first: str, second: str) -> bool:
    return first.casefold().split() == second.casefold().split()


# --- Headings and quotes ----------------------------------------------------------


def _mark_quotes(body: list[Block]) -> None:
    """Turn paragraphs wholly inside «…» or “…” into quotes."""
    for block in body:
        if block.kind is BlockKind.PARAGRAPH and _is_quoted(block.text):
            block.kind = BlockKind.QUOTE


def _is_quoted(text: str) -> bool:
    closer = _QUOTE_PAIRS.get(text[:1])
    if closer is None:
        return False
    inner = text.rstrip(_SENTENCE_ENDS + " ")
    return len(inner) > 2 and inner.endswith(closer) and closer not in inner[1:-1]


def _mark_headings(body: list[Block]) -> None:
    """Turn short lines that open a section into headings."""
    heading_like = [_is_heading_like(block) for block in body]
    for index, block in enumerate(body):
        if not heading_like[index]:
            continue
        after_body = index == 0 or not (
            heading_like[index - 1] or body[index - 1].kind is BlockKind.HEADING
        )
        before_body = index + 1 < len(body) and not heading_like[index + 1]
        if after_body and before_body and _introduces(block, body[index + 1]):
            block.kind = BlockKind.HEADING
            block.level = PLAIN_HEADING_LEVEL


def _introduces(heading: Block, following: Block) -> bool:
    """Tell whether a heading-like line can head the block after it."""
    if following.kind not in _BODY_KINDS:
        return False
    if heading.text.rstrip(CLOSERS).endswith(("?", "!")):
        # A question or exclamation heads a section only when prose or a list
        # follows; a lone word ("Non !") is a line of dialogue.
        return (
            following.kind in {BlockKind.PARAGRAPH, BlockKind.LIST_ITEM}
            and len(_WORD.findall(heading.text)) > 1
        )
    return True


def _is_heading_like(block: Block) -> bool:
    text = block.text
    return (
        _is_single_line_paragraph(block)
        and len(text) <= MAX_HEADING_CHARS
        and _starts_like_heading(text)
        and not ends_clause(text)
        and _INNER_FULL_STOP.search(text) is None
        and match_byline(text) is None  # a credit left mid-body is not a heading
        and match_dateline(text) is None
        and not is_credit_line(text)
    )


def _starts_like_heading(text: str) -> bool:
    words = text.lstrip(_OPENERS).split(maxsplit=1)
    if not words:
        return False
    first = words[0]
    # Brand names keep their lower-case start: "eBay", "iPhone", "macOS".
    return first[0].isupper() or first[0].isdigit() or any(c.isupper() for c in first[1:])


# --- Title fallbacks and assembly -------------------------------------------------------


def title_from_source(source: str) -> str | None:
    """Make a title from a file name: "mon-article_2024.txt" gives "Mon article 2024".

    Returns None for names that say nothing ("untitled.txt", "clipboard",
    a hash).
    """
    path = urlsplit(source).path if "://" in source else source
    name = unquote(re.split(r"[/\\]", path.rstrip("/\\"))[-1])
    words = collapse_spaces(re.sub(r"[-_.+]+", " ", PurePosixPath(name).stem)).strip()
    letters = sum(char.isalpha() for char in words)
    # A name of mostly digits comes from a camera or a clock ("IMG_20240211").
    if (
        letters < 3
        or letters < sum(char.isdigit() for char in words)
        or _GENERIC_NAME.fullmatch(words)
        or _HASH_LIKE.fullmatch(words)
    ):
        return None
    return words[0].upper() + words[1:]


def _first_sentence(body: list[Block]) -> str | None:
    """Make a title from the first sentence, cut at a word boundary if long."""
    first = next((block for block in body if block.kind is not BlockKind.FIGURE), None)
    if first is None:
        return None
    head = first.text[: FALLBACK_TITLE_CHARS + 1].split("\n")[0]
    end = re.search(r"[.!?…](?=\s|$)", head)
    if end is not None:
        return head[: end.end()].rstrip(".")
    if len(head) <= FALLBACK_TITLE_CHARS:
        return head
    cut = head.rfind(" ", 0, FALLBACK_TITLE_CHARS)
    return head[: cut if cut > 0 else FALLBACK_TITLE_CHARS].rstrip(" ,;:") + "…"


def _site_from_source(source: str) -> str | None:
    if "://" not in source:
        return None
    host = urlsplit(source).hostname or ""
    return host.removeprefix("www.") or None


def _assemble(
    page: _Page, title: str, source: str, markdown: bool, front: dict[str, str]
) -> Article:
    builder = ArticleBuilder()
    for block in page.body:
        builder.add(block.kind, block.text, block.level, block.ordered)
    removed = sorted(page.removed, key=lambda block: block.index)
    return Article(
        title=title,
        text=builder.text,
        blocks=tuple(builder.blocks),
        source=source,
        source_format=SourceFormat.MARKDOWN if markdown else SourceFormat.TEXT,
        byline=front.get("author") or front.get("authors") or page.byline,
        date=front.get("date") or page.date,
        site=_site_from_source(source),
        removed=tuple(line for block in removed for line in block.source),
    )
