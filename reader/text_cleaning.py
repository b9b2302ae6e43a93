"""Clean a plain-text or Markdown article into an `Article`.

Four passes: the text is normalised and cut into lines; the lines are grouped
into blocks (paragraphs, headings, list items, quotes, code, figures); the
edges of the article are searched for its title, byline, date and boilerplate;
what is left is assembled into the article's single text.

Markdown syntax that cannot be mistaken for prose (`#` headings, fences,
`![alt](url)` images, `[text](url)` links, emphasis) is read in plain text too,
since scraped `.txt` files carry it; `markdown=True` adds Markdown's own rules:
lines of one paragraph always join, indented code, HTML tags and entities,
backslash escapes.
"""

from __future__ import annotations

import html
import logging
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

from reader import scanning
from reader.article import Article, ArticleBuilder, BlockKind, SourceFormat
from reader.boilerplate import (
    BYLINE_LEAD,
    MAX_BYLINE_CHARS,
    find_date,
    is_boilerplate_line,
    is_credit_line,
    is_label_line,
    is_standalone_boilerplate,
    match_byline,
    match_dateline,
    split_authors,
)

logger = logging.getLogger(__name__)

#: Hard-wrapped text breaks at 60-80 columns; when the usual line is longer
#: than 120 characters the lines are whole paragraphs, not wrapped ones.
MAX_WRAP_WIDTH = 120

#: The wrap width is read at this quantile of line lengths rather than at the
#: maximum, so that a long URL or table line does not set it.
WRAP_QUANTILE = 0.9

#: A wrapped line stops when the next word no longer fits. Editors often wrap
#: a few columns early, so a line within 10 columns of the width is "full".
WRAP_SLACK = 10

#: Section headings are a few words; 100 characters still holds a two-clause
#: heading ("Pourquoi … ? Parce que … !") and leaves out one-line paragraphs.
MAX_HEADING_CHARS = 100

#: Titles run longer than section headings: news titles reach 150 characters.
MAX_TITLE_CHARS = 160

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

#: Markdown's indented code starts at four columns; a tab counts for four.
CODE_INDENT = 4
TAB_WIDTH = 4

#: Indentation that carries a wrapped list item's text onto the next line.
LIST_CONTINUATION_INDENT = 2

#: Front matter, when there is one, closes within its first lines.
MAX_FRONT_MATTER_LINES = 50

# Control characters, and the invisible ones that break word matching: zero
# width space, direction marks, stray byte-order marks, soft hyphens.
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u200e\u200f\ufeff\u00ad]")
_LINE_BREAK = re.compile("\r\n?|[\u2028\u2029]")
# Only ASCII spaces and tabs: no-break spaces are French typography.
_SPACES = re.compile(r"[ \t]+")
_INDENT = re.compile(r"[ \t]*")
_LETTER = re.compile(r"[^\W\d_]")
_ALNUM = re.compile(r"[^\W_]")
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"\w+")
_FIRST_WORD = re.compile(r"\S{0,40}")
_MARKUP_CHARS = re.compile(r"[*_`\[<&\\~]")

# Line shapes. Bounded repeats and classes that exclude their own closing
# delimiter keep every pattern linear on a 10 MB line.
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_ATX_HEADING = re.compile(r" {0,3}(#{1,6})(?:[ \t]+|$)")
_SETEXT_UNDERLINE = re.compile(r" {0,3}(?:={2,}|-{2,})[ \t]*$")
_RULE = re.compile(r" {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,}|(?:=[ \t]*){3,})$")
_LIST_ITEM = re.compile(r"([ \t]*)([-*+•–▪◦]|\d{1,3}[.)])[ \t]+(?=\S)")
_QUOTE = re.compile(r" {0,3}>[ \t]?")
_IMAGE_LINE = re.compile(
    r"\[?!\[([^\[\]\n]{0,500})\]\([^()\s]{0,2000}(?:[ \t]+\"[^\"\n]{0,300}\")?\)"
    r"(?:\]\([^()\s]{0,2000}\))?$"
)
_LINK_DEFINITION = re.compile(r" {0,3}\[[^\[\]\n]{1,300}\]:[ \t]*\S")
_TABLE_RULE = re.compile(r":?-+:?")
_META_SEPARATOR = re.compile(r"\s+[|·•—–-]\s+")

# Inline Markdown.
_CODE_SPAN = re.compile(r"(`{1,2})([^`\n]{1,1000})\1")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_HTML_COMMENT = re.compile(r"<!--[^<>]{0,2000}-->")
_BREAK_TAG = re.compile(r"<br\s{0,5}/?>", re.IGNORECASE)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>\n]{0,1000})?/?>")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^<>\s]{1,2000})>")
_IMAGE = re.compile(r"!\[([^\[\]\n]{0,500})\]\([^()\s]{0,2000}(?:[ \t]+\"[^\"\n]{0,300}\")?\)")
_LINK = re.compile(r"\[([^\[\]\n]{0,500})\]\([^()\s]{0,2000}(?:[ \t]+\"[^\"\n]{0,300}\")?\)")
_REFERENCE_LINK = re.compile(r"\[([^\[\]\n]{1,500})\]\[[^\[\]\n]{0,100}\]")
_FOOTNOTE_MARK = re.compile(r"\[\^[^\[\]\s]{1,20}\]")
_EMPHASIS = (
    re.compile(r"\*\*(?=[^\s*])([^*\n]{1,1000})(?<=[^\s*])\*\*"),
    re.compile(r"(?<!\w)__(?=[^\s_])([^_\n]{1,1000})(?<=[^\s_])__(?!\w)"),
    re.compile(r"~~(?=[^\s~])([^~\n]{1,1000})(?<=[^\s~])~~"),
    re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]{1,1000})(?<=[^\s*])\*(?![\w*])"),
    re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]{1,1000})(?<=[^\s_])_(?![\w_])"),
)
# Backslash escapes stand in for their character in the Private Use Area
# while the markup around them is removed.
_ESCAPE_BASE = 0xE000
_UNESCAPE = {_ESCAPE_BASE + code: chr(code) for code in range(0x21, 0x7F)}

# Sentence ends, and the closing quotes and brackets that may follow them.
_CLAUSE_ENDS = ".,;:…"
_SENTENCE_ENDS = ".!?…"
_CLOSERS = "»”’\"')]*_ \u00a0\u202f"
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


# Reads one line (raw, collapsed, indentation width); True if it took it.
_LineReader = Callable[[str, str, int], bool]
# First characters of every line shape other than prose.
_MARKUP_STARTS = frozenset("`~#=-_*+•–▪◦![>|0123456789")


@dataclass(eq=False)
class _Block:
    """A block while it is being read; compared and hashed by identity."""

    kind: BlockKind
    parts: list[str]  # content of each source line, list and quote markers removed
    source: list[str]  # the source lines, for `Article.removed`
    level: int = 0
    ordered: bool = False
    markup: bool = False  # a heading written as Markdown, not guessed
    text: str = ""  # the cleaned text, set once all lines are read
    index: int = 0  # position in the document, to keep `removed` in order


@dataclass(frozen=True)
class _Layout:
    """How the lines of one paragraph are laid out in the source."""

    soft_breaks: bool  # Markdown: every line of a chunk continues its paragraph
    wrap_width: int | None  # hard-wrapped text: lines break near this column


@dataclass
class _Page:
    """The blocks of an article, and what has been taken out of them."""

    body: list[_Block]
    removed: list[_Block] = field(default_factory=list)
    title: str | None = None
    byline: str | None = None
    date: str | None = None

    def drop(self, blocks: list[_Block], record: bool = True) -> None:
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
    lines = _normalise(text).split("\n")
    front: dict[str, str] = {}
    if markdown:
        front, lines = _split_front_matter(lines)
    has_letters = any(_LETTER.search(line) for line in lines)
    page = _Page(_parse_blocks(lines, markdown) if has_letters else [])
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


# --- Lines --------------------------------------------------------------------


def _normalise(text: str) -> str:
    return scanning.in_slices(text, _normalise_slice)


def _normalise_slice(text: str) -> str:
    text = _LINE_BREAK.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    return unicodedata.normalize("NFC", text)


def _split_front_matter(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """Read a YAML-style `---` header of `key: value` lines, if there is one."""
    if not lines or lines[0].strip() != "---":
        return {}, lines
    for end in range(1, min(len(lines), MAX_FRONT_MATTER_LINES)):
        if lines[end].strip() in {"---", "..."}:
            fields = dict(_front_matter_field(line) for line in lines[1:end])
            fields.pop("", None)
            return (fields, lines[end + 1 :]) if fields else ({}, lines)
    return {}, lines


def _front_matter_field(line: str) -> tuple[str, str]:
    key, colon, value = line.partition(":")
    if not colon or line[:1].isspace() or not key.strip().isidentifier():
        return "", ""
    value = value.strip().strip("[]").strip().strip("\"'")
    return key.strip().casefold(), value


def _indent_width(line: str) -> int:
    prefix = _INDENT.match(line)
    return len(prefix.group(0).expandtabs(TAB_WIDTH)) if prefix else 0


def _dedent(line: str, columns: int) -> str:
    """Remove `columns` columns of indentation, keeping the rest verbatim."""
    prefix = _INDENT.match(line)
    indent = prefix.group(0) if prefix else ""
    return " " * max(0, _indent_width(line) - columns) + line[len(indent) :]


def _detect_layout(lines: list[str], markdown: bool) -> _Layout:
    """Tell whether lines inside a paragraph should be joined, and when."""
    lengths = [len(line.strip()) for line in lines]
    filled = [index for index, length in enumerate(lengths) if length]
    if not filled or 0 not in lengths[filled[0] : filled[-1]]:
        # Without blank lines, nothing marks a paragraph's end: one per line.
        return _Layout(soft_breaks=False, wrap_width=None)
    if markdown:
        return _Layout(soft_breaks=True, wrap_width=None)
    widths = sorted(lengths[index] for index in filled)
    width = widths[int(WRAP_QUANTILE * (len(widths) - 1))]
    return _Layout(soft_breaks=False, wrap_width=width if width <= MAX_WRAP_WIDTH else None)


# --- Blocks -------------------------------------------------------------------


def _parse_blocks(lines: list[str], markdown: bool) -> list[_Block]:
    parser = _Parser(_detect_layout(lines, markdown), markdown)
    for line in lines:
        parser.feed(line)
    blocks: list[_Block] = []
    for block in parser.blocks:
        _finish(block, markdown)
        if _is_readable(block):
            block.index = len(blocks)
            blocks.append(block)
    return blocks


def _finish(block: _Block, markdown: bool) -> None:
    if block.kind is BlockKind.CODE:
        block.text = "\n".join(block.parts).strip("\n")
    else:
        block.text = clean_inline(" ".join(block.parts), markdown)


def _is_readable(block: _Block) -> bool:
    """Keep blocks with something to read; rules and ornaments ("* * *") go."""
    if block.kind is BlockKind.FIGURE:
        return True
    if block.kind is BlockKind.CODE:
        return bool(block.text.strip())
    return _ALNUM.search(block.text) is not None


class _Parser:
    """Group lines into blocks, one line at a time."""

    def __init__(self, layout: _Layout, markdown: bool) -> None:
        self.blocks: list[_Block] = []
        self._layout = layout
        self._markdown = markdown
        self._open: _Block | None = None  # the block the next line may continue
        self._fence = ""  # the marker of the fenced code being read
        self._after_blank = True
        self._list_indents: list[int] = []

    def feed(self, raw: str) -> None:
        """Read one line."""
        if self._fence:
            self._read_fenced(raw)
        elif not raw.strip():
            self._read_blank()
        else:
            self._read_line(raw)
            self._after_blank = False

    def _read_fenced(self, raw: str) -> None:
        stripped = raw.strip()
        if stripped.startswith(self._fence) and not stripped.strip(self._fence[0]):
            self._fence = ""
            self._open = None
        elif self._open is not None:
            self._open.parts.append(raw)

    def _read_blank(self) -> None:
        if self._open is not None and self._open.kind is BlockKind.CODE:
            self._open.parts.append("")  # blank lines inside indented code
        else:
            self._open = None
        self._after_blank = True

    def _read_line(self, raw: str) -> None:
        indent = _indent_width(raw)
        if self._continue_indented_code(raw, indent):
            return
        line = collapse_spaces(raw.strip())
        if line[0] not in _MARKUP_STARTS:
            # Prose, the common case: only indentation can make it something else.
            readers: tuple[_LineReader, ...] = (
                self._read_indented_code,
                self._read_list_continuation,
            )
        else:
            readers = self._markup_readers()
        if not any(read(raw, line, indent) for read in readers):
            self._read_prose(line)

    def _markup_readers(self) -> tuple[_LineReader, ...]:
        return (
            self._read_fence,
            self._read_indented_code,
            self._read_underline,
            self._read_rule,
            self._read_atx_heading,
            self._read_image,
            self._read_list_item,
            self._read_quote,
            self._read_table_row,
            self._read_link_definition,
            self._read_list_continuation,
        )

    def _start(self, kind: BlockKind, part: str, source: str, *, keep_open: bool) -> _Block:
        block = _Block(kind, [part], [source])
        self.blocks.append(block)
        self._open = block if keep_open else None
        if kind is not BlockKind.LIST_ITEM:
            self._list_indents.clear()
        return block

    def _continue_indented_code(self, raw: str, indent: int) -> bool:
        block = self._open
        if block is None or block.kind is not BlockKind.CODE:
            return False
        if indent >= CODE_INDENT:
            block.parts.append(_dedent(raw, CODE_INDENT))
            return True
        self._open = None
        return False

    def _read_fence(self, raw: str, line: str, indent: int) -> bool:
        match = _FENCE.match(raw)
        if match is None:
            return False
        code = self._start(BlockKind.CODE, "", line, keep_open=True)
        code.parts.clear()
        self._fence = match.group(1)
        return True

    def _read_indented_code(self, raw: str, line: str, indent: int) -> bool:
        in_list = bool(self.blocks) and self.blocks[-1].kind is BlockKind.LIST_ITEM
        if not self._markdown or indent < CODE_INDENT or not self._after_blank or in_list:
            return False
        self._start(BlockKind.CODE, _dedent(raw, CODE_INDENT), line, keep_open=True)
        return True

    def _read_underline(self, raw: str, line: str, indent: int) -> bool:
        """Turn "Title" over "=====" or "-----" into a heading (setext style)."""
        block = self._open
        if (
            block is None
            or block.kind is not BlockKind.PARAGRAPH
            or len(block.parts) != 1
            or len(block.parts[0]) > MAX_TITLE_CHARS
            or _ends_clause(block.parts[0])  # a sentence over "---" is text over a rule
            or not _SETEXT_UNDERLINE.match(raw)
        ):
            return False
        block.kind = BlockKind.HEADING
        block.level = 1 if line.startswith("=") else 2
        block.markup = True
        block.source.append(line)
        self._open = None
        return True

    def _read_rule(self, raw: str, line: str, indent: int) -> bool:
        if not _RULE.match(raw):
            return False
        self._open = None
        return True

    def _read_atx_heading(self, raw: str, line: str, indent: int) -> bool:
        match = _ATX_HEADING.match(line)
        if match is None:
            return False
        heading = self._start(
            BlockKind.HEADING, _strip_closing_hashes(line[match.end() :]), line, keep_open=False
        )
        heading.level = len(match.group(1))
        heading.markup = True
        return True

    def _read_image(self, raw: str, line: str, indent: int) -> bool:
        match = _IMAGE_LINE.match(line)
        if match is None:
            return False
        self._start(BlockKind.FIGURE, match.group(1), line, keep_open=False)
        return True

    def _read_list_item(self, raw: str, line: str, indent: int) -> bool:
        match = _LIST_ITEM.match(raw)
        if match is None:
            return False
        level = self._list_level(_indent_width(match.group(1)))
        text = collapse_spaces(raw[match.end() :].strip())
        item = self._start(BlockKind.LIST_ITEM, text, line, keep_open=True)
        item.level = level
        item.ordered = match.group(2)[0].isdigit()
        return True

    def _list_level(self, indent: int) -> int:
        """Nest by indentation: deeper than the open item is one level down."""
        indents = self._list_indents
        while indents and indent < indents[-1]:
            indents.pop()
        if not indents or indent > indents[-1]:
            indents.append(indent)
        return len(indents)

    def _read_quote(self, raw: str, line: str, indent: int) -> bool:
        match = _QUOTE.match(raw)
        if match is None:
            return False
        text = raw[match.end() :].strip()
        while text.startswith(">"):
            text = text[1:].strip()
        text = collapse_spaces(text)
        block = self._open
        if not text:
            self._open = None  # a bare ">" separates paragraphs of a quote
        elif block is not None and block.kind is BlockKind.QUOTE and self._joins(block, text):
            block.parts.append(text)
            block.source.append(line)
        else:
            self._start(BlockKind.QUOTE, text, line, keep_open=True)
        return True

    def _read_table_row(self, raw: str, line: str, indent: int) -> bool:
        if len(line) < 3 or not (line.startswith("|") and line.endswith("|")):
            return False
        cells = [cell.strip() for cell in line[1:-1].split("|")]
        if not all(_TABLE_RULE.fullmatch(cell) for cell in cells):
            self._start(BlockKind.TABLE_ROW, " | ".join(cells), line, keep_open=False)
        return True

    def _read_link_definition(self, raw: str, line: str, indent: int) -> bool:
        return self._markdown and _LINK_DEFINITION.match(raw) is not None

    def _read_list_continuation(self, raw: str, line: str, indent: int) -> bool:
        block = self._open
        if block is None or block.kind is not BlockKind.LIST_ITEM:
            return False
        if indent < LIST_CONTINUATION_INDENT:
            return False
        block.parts.append(line)
        block.source.append(line)
        return True

    def _read_prose(self, line: str) -> None:
        block = self._open
        joinable = block is not None and block.kind in {BlockKind.PARAGRAPH, BlockKind.LIST_ITEM}
        if block is not None and joinable and self._joins(block, line):
            block.parts.append(line)
            block.source.append(line)
        else:
            self._start(BlockKind.PARAGRAPH, line, line, keep_open=True)

    def _joins(self, block: _Block, line: str) -> bool:
        """Tell whether `line` continues the paragraph that `block` holds."""
        previous = block.parts[-1]
        return (
            self._continues(previous, line)
            and not _is_metadata_line(previous)
            and not _is_metadata_line(line)
            and not is_label_line(line)
        )

    def _continues(self, previous: str, line: str) -> bool:
        if self._layout.soft_breaks:
            return True
        width = self._layout.wrap_width
        if width is None:
            return False
        first_word = _FIRST_WORD.match(line)
        next_word = len(first_word.group(0)) if first_word else 0
        # The previous line broke because this line's first word did not fit.
        return len(previous) + 1 + next_word > width - WRAP_SLACK


def _strip_closing_hashes(text: str) -> str:
    """Drop the optional closing sequence of "## Heading ##"."""
    text = text.strip()
    core = text.rstrip("#")
    if core != text and (not core or core[-1] in " \t"):
        return core.strip()
    return text


def _is_metadata_line(line: str) -> bool:
    """Tell whether a source line is a byline or a dateline, which never join."""
    if len(line) > MAX_BYLINE_CHARS:
        return False
    if BYLINE_LEAD.match(line):
        text = clean_inline(line, markdown=True) if _MARKUP_CHARS.search(line) else line
        if match_byline(text) is not None:
            return True
    # Emphasis around a date adds no words, so the raw line can be tested.
    return _DIGIT.search(line) is not None and match_dateline(line) is not None


# --- Inline Markdown -----------------------------------------------------------


def collapse_spaces(text: str) -> str:
    """Turn every run of spaces and tabs into one space."""
    return scanning.in_slices(text, lambda piece: _SPACES.sub(" ", piece))


def clean_inline(text: str, markdown: bool = False) -> str:
    """Turn inline Markdown into plain text: links and images to their text,
    emphasis and code markers removed, runs of spaces collapsed.

    Args:
        text: one paragraph's text.
        markdown: also strip HTML tags and entities and honour backslash escapes.
    """
    if "`" not in text:
        return collapse_spaces(_strip_markup(text, markdown)).strip()
    pieces = []
    position = 0
    for span in _CODE_SPAN.finditer(text):
        pieces.append(_strip_markup(text[position : span.start()], markdown))
        pieces.append(span.group(2).strip())
        position = span.end()
    pieces.append(_strip_markup(text[position:], markdown))
    return collapse_spaces("".join(pieces)).strip()


def _strip_markup(text: str, markdown: bool) -> str:
    # Each pass is skipped when its marker is absent: most lines have none.
    escaped = markdown and "\\" in text
    if escaped:
        text = _ESCAPE.sub(lambda found: chr(_ESCAPE_BASE + ord(found.group(1))), text)
    if "<" in text:
        text = _strip_tags(text, markdown)
    if markdown and "&" in text:
        text = html.unescape(text)
    if "[" in text:
        if markdown:
            text = _FOOTNOTE_MARK.sub("", text)
        text = _IMAGE.sub(r"\1", text)
        text = _LINK.sub(r"\1", text)
        text = _REFERENCE_LINK.sub(r"\1", text)
    if "*" in text or "_" in text or "~" in text:
        for emphasis in _EMPHASIS:
            text = emphasis.sub(r"\1", text)
    return text.translate(_UNESCAPE) if escaped else text


def _strip_tags(text: str, markdown: bool) -> str:
    """Unwrap autolinks; in Markdown, also drop HTML comments and tags."""
    if markdown:
        text = _HTML_COMMENT.sub("", text)
        text = _BREAK_TAG.sub(" ", text)
    text = _AUTOLINK.sub(r"\1", text)
    return _HTML_TAG.sub("", text) if markdown else text


# --- Edges: title, credits, boilerplate -----------------------------------------


def _is_weak(block: _Block) -> bool:
    """Tell whether a block is short enough to be promo furniture."""
    if block.kind in {BlockKind.CODE, BlockKind.TABLE_ROW}:
        return False
    if block.kind is BlockKind.FIGURE:
        return True
    return len(block.text) <= MAX_WEAK_CHARS or is_boilerplate_line(block.text)


def _is_strong(block: _Block) -> bool:
    """Tell whether a block carries a promo, share, related-link or footer phrase."""
    return block.kind not in {BlockKind.CODE, BlockKind.FIGURE} and is_boilerplate_line(block.text)


def _is_single_line_paragraph(block: _Block) -> bool:
    return block.kind is BlockKind.PARAGRAPH and len(block.parts) == 1


def _read_head(page: _Page, known_title: str | None) -> None:
    """Take the title, byline, date and leading promos from the top."""
    zone: list[_Block] = []
    for block in page.body[:HEAD_ZONE_BLOCKS]:
        if not _is_weak(block):
            break
        zone.append(block)
    # Credits may follow a standfirst; promos sit above the first sentence.
    _take_credits(page, zone)
    furniture: list[_Block] = []
    for block in zone:
        if _opens_body(block):
            break
        if block in page.body:
            furniture.append(block)
    _drop_leading_boilerplate(page, furniture)
    if known_title is None:
        _take_title(page)


def _opens_body(block: _Block) -> bool:
    """Tell whether a short block is the article's first sentence, not furniture."""
    return _is_sentence(block) and not _is_strong(block) and _match_credit(block.text) is None


def _take_credits(page: _Page, blocks: list[_Block]) -> None:
    """Move byline and date lines out of the body; the first of each is kept."""
    used: list[_Block] = []
    surplus: list[_Block] = []
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


def _drop_leading_boilerplate(page: _Page, zone: list[_Block]) -> None:
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


def _is_title_like(block: _Block) -> bool:
    if block.kind is BlockKind.HEADING:
        return True
    text = block.text
    # Titles may trail off ("Et si on ralentissait un peu…"); sentences of
    # the body end with a full stop, and credits are not titles.
    ending = text.rstrip(_CLOSERS).endswith(("…", "..."))
    return (
        _is_single_line_paragraph(block)
        and len(text) <= MAX_TITLE_CHARS
        and _starts_like_heading(text)
        and (ending or not _ends_clause(text))
        and not is_credit_line(text)
        and _CAPTION_LABEL.match(text) is None
    )


def _is_kicker(block: _Block) -> bool:
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


def _footer_start(run: list[_Block]) -> int:
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


def _is_sentence(block: _Block) -> bool:
    text = block.text.rstrip(_CLOSERS)
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
    previous: _Block | None = None
    captioned: set[_Block] = set()
    merged: list[_Block] = []
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


def _caption(block: _Block) -> str | None:
    """Return the caption of an image line, without its label and credit, or None."""
    if block.kind is not BlockKind.PARAGRAPH or len(block.text) > MAX_CAPTION_CHARS:
        return None
    label = _CAPTION_LABEL.match(block.text)
    if label is None:
        return None
    caption = block.text[label.end() :]
    caption = _CAPTION_CREDIT.sub("", caption).strip()
    return caption if _ALNUM.search(caption) else None


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


def _mark_quotes(body: list[_Block]) -> None:
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


def _mark_headings(body: list[_Block]) -> None:
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


def _introduces(heading: _Block, following: _Block) -> bool:
    """Tell whether a heading-like line can head the block after it."""
    if following.kind not in _BODY_KINDS:
        return False
    if heading.text.rstrip(_CLOSERS).endswith(("?", "!")):
        # A question or exclamation heads a section only when prose or a list
        # follows; a lone word ("Non !") is a line of dialogue.
        return (
            following.kind in {BlockKind.PARAGRAPH, BlockKind.LIST_ITEM}
            and len(_WORD.findall(heading.text)) > 1
        )
    return True


def _is_heading_like(block: _Block) -> bool:
    text = block.text
    return (
        _is_single_line_paragraph(block)
        and len(text) <= MAX_HEADING_CHARS
        and _starts_like_heading(text)
        and not _ends_clause(text)
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


def _ends_clause(text: str) -> bool:
    """Tell whether text ends like a sentence or a clause (". , ; : …")."""
    last = text.rstrip(_CLOSERS)[-1:]
    return not last or last in _CLAUSE_ENDS


# --- Title fallbacks and assembly -------------------------------------------------------


def title_from_source(source: str) -> str | None:
    """Make a title from a file name: "mon-article_2024.txt" gives "Mon article 2024".

    Returns None for names that say nothing ("untitled.txt", "clipboard",
    a hash).
    """
    path = urlsplit(source).path if "://" in source else source
    name = unquote(re.split(r"[/\\]", path.rstrip("/\\"))[-1])
    words = _SPACES.sub(" ", re.sub(r"[-_.+]+", " ", PurePosixPath(name).stem)).strip()
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


def _first_sentence(body: list[_Block]) -> str | None:
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
