"""Read plain text and Markdown into blocks: the line parser and inline markup.

Lines are normalised, grouped into blocks (paragraphs, headings, list items,
quotes, code, figures, table rows) and their inline markup turned into plain
text. Markdown syntax that cannot be mistaken for prose (`#` headings, fences,
`![alt](url)` images, `[text](url)` links, emphasis) is read in plain text too,
since scraped `.txt` files carry it; `markdown=True` adds Markdown's own rules:
lines of one paragraph always join, indented code, HTML tags and entities,
backslash escapes. What the blocks mean (title, byline, boilerplate) is
`reader.text_cleaning`'s business.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from reader import scanning
from reader.article import BlockKind
from reader.boilerplate import (
    BYLINE_LEAD,
    MAX_BYLINE_CHARS,
    is_label_line,
    match_byline,
    match_dateline,
)

#: Hard-wrapped text breaks at 60-80 columns; when the usual line is longer
#: than 120 characters the lines are whole paragraphs, not wrapped ones.
MAX_WRAP_WIDTH = 120

#: The wrap width is read at this quantile of line lengths rather than at the
#: maximum, so that a long URL or table line does not set it.
WRAP_QUANTILE = 0.9

#: A wrapped line stops when the next word no longer fits. Editors often wrap
#: a few columns early, so a line within 10 columns of the width is "full".
WRAP_SLACK = 10

#: Titles run longer than section headings: news titles reach 150 characters.
MAX_TITLE_CHARS = 160

#: Markdown's indented code starts at four columns; a tab counts for four.
CODE_INDENT = 4
TAB_WIDTH = 4

#: Indentation that carries a wrapped list item's text onto the next line.
LIST_CONTINUATION_INDENT = 2

#: Front matter, when there is one, closes within its first lines.
MAX_FRONT_MATTER_LINES = 50

# Clause ends, and the closing quotes and brackets that may follow them.
_CLAUSE_ENDS = ".,;:…"
CLOSERS = "»”’\"')]*_ \u00a0\u202f"

# Control characters, and the invisible ones that break word matching: zero
# width space, direction marks, stray byte-order marks, soft hyphens.
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u200e\u200f\ufeff\u00ad]")
_LINE_BREAK = re.compile("\r\n?|[\u2028\u2029]")
# Only ASCII spaces and tabs: no-break spaces are French typography.
_SPACES = re.compile(r"[ \t]+")
_INDENT = re.compile(r"[ \t]*")
ALNUM = re.compile(r"[^\W_]")
_DIGIT = re.compile(r"\d")
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

# Reads one line (raw, collapsed, indentation width); True if it took it.
_LineReader = Callable[[str, str, int], bool]
# First characters of every line shape other than prose.
_MARKUP_STARTS = frozenset("`~#=-_*+•–▪◦![>|0123456789")


@dataclass(eq=False)
class Block:
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


def normalise(text: str) -> str:
    return scanning.in_slices(text, _normalise_slice)


def _normalise_slice(text: str) -> str:
    text = _LINE_BREAK.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    return unicodedata.normalize("NFC", text)


def split_front_matter(lines: list[str]) -> tuple[dict[str, str], list[str]]:
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


def parse_blocks(lines: list[str], markdown: bool) -> list[Block]:
    parser = _Parser(_detect_layout(lines, markdown), markdown)
    for line in lines:
        parser.feed(line)
    blocks: list[Block] = []
    for block in parser.blocks:
        _finish(block, markdown)
        if _is_readable(block):
            block.index = len(blocks)
            blocks.append(block)
    return blocks


def _finish(block: Block, markdown: bool) -> None:
    if block.kind is BlockKind.CODE:
        block.text = "\n".join(block.parts).strip("\n")
    else:
        block.text = clean_inline(" ".join(block.parts), markdown)


def _is_readable(block: Block) -> bool:
    """Keep blocks with something to read; rules and ornaments ("* * *") go."""
    if block.kind is BlockKind.FIGURE:
        return True
    if block.kind is BlockKind.CODE:
        return bool(block.text.strip())
    return ALNUM.search(block.text) is not None


class _Parser:
    """Group lines into blocks, one line at a time."""

    def __init__(self, layout: _Layout, markdown: bool) -> None:
        self.blocks: list[Block] = []
        self._layout = layout
        self._markdown = markdown
        self._open: Block | None = None  # the block the next line may continue
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

    def _start(self, kind: BlockKind, part: str, source: str, *, keep_open: bool) -> Block:
        block = Block(kind, [part], [source])
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
            or ends_clause(block.parts[0])  # a sentence over "---" is text over a rule
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

    def _joins(self, block: Block, line: str) -> bool:
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


def ends_clause(text: str) -> bool:
    """Tell whether text ends like a sentence or a clause (". , ; : …")."""
    last = text.rstrip(CLOSERS)[-1:]
    return not last or last in _CLAUSE_ENDS
