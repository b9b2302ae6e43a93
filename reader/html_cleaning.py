"""HTML to a clean `Article`: find the content, keep its structure, drop the furniture.

The page is parsed once by lxml; nothing in it is run or fetched. Metadata is
read first (`extraction_metadata`), then `extraction` finds and prunes the
content, and the walk below turns it into blocks. The walk is also where unsafe
elements are dropped, so that what reaches `Article.text` is plain text
whatever the page contained.
"""

from __future__ import annotations

import copy
import logging
import re
from dataclasses import dataclass
from difflib import SequenceMatcher

import lxml.etree
import lxml.html

from reader import boilerplate
from reader.article import (
    BLOCK_SEPARATOR,
    Article,
    ArticleBuilder,
    BlockKind,
    Draft,
    Image,
    SourceFormat,
)
from reader.errors import UnsupportedInput
from reader.extraction import find_content, prepare
from reader.extraction_measures import (
    END_MATTER_MARK,
    POINTER_MARK,
    POPUP,
    class_words,
    plain_text,
    text_length,
)
from reader.extraction_metadata import is_site_name, page_metadata
from reader.pruning import prune
from reader.story_index import is_card_sized, story_list

log = logging.getLogger(__name__)

#: Elements whose content is never article text: code, embedded objects,
#: forms and navigation. Dropped with everything inside them.
_DROPPED = frozenset(
    {
        "script", "style", "noscript", "template", "iframe", "frame", "frameset",
        "object", "embed", "applet", "form", "button", "input", "select", "option",
        "textarea", "svg", "canvas", "audio", "video", "source", "track",
        "nav", "link", "meta", "base", "head", "title", "dialog", "menu",
    }
)  # fmt: skip
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_LISTS = frozenset({"ul", "ol", "dl"})
#: Elements that start a new block when met inside a paragraph-like element.
_BLOCK_TAGS = frozenset(
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside",
        "blockquote", "pre", "figure", "figcaption", "table", "thead", "tbody",
        "tfoot", "tr", "td", "th", "caption", "ul", "ol", "dl", "li", "dt", "dd",
        "hr", "address", "details", "summary", "center", "picture",
        # readability hands back a page with no container as <div><body>…: its
        # body must split into blocks like any other container.
        "html", "body", "form", "fieldset", "hgroup", "menu",
        *_HEADINGS,
    }
)  # fmt: skip
#: Class or id words of page furniture that readability keeps when it sits
#: inside the article element: share bars, bylines, tag lists, promos, bios.
_FURNITURE = re.compile(
    r"(?:^|[-_\s])(?:share|sharing|social|byline|author|bio|breadcrumbs?|tags?|related|"
    r"newsletter|subscribe|subscription|promo|advert|ads?|cookies?|consent|gdpr|comments?|"
    r"meta|dateline|timestamp|signup|paywall|recirc|recommended|read-?more|more-?stories|"
    r"auteur|partage|abonnement|publicite|pub)"
    r"(?:$|[-_\s])",
    re.IGNORECASE,
)
#: Furniture is short; a long element with such a class (a "post-meta" that
#: wraps the whole story on some themes) is content and stays.
_FURNITURE_MAX_CHARS = 300
#: Words that open a dateline ("Updated 5:27 am CST, Wednesday, …").
_DATELINE_LEAD = re.compile(
    r"^\W{0,3}(?:updated|published|posted|last updated|modified|mis à jour|mise à jour|"
    r"publié|publiée|modifié)\b",
    re.IGNORECASE,
)
#: Words that credit who checked the article, not who wrote it ("Medically
#: reviewed by …"): such a line is furniture like a byline, but its names are
#: no author, so they are not byline phrases.
_REVIEW_LEAD = re.compile(
    r"^\W{0,3}(?:(?:medically\s+)?reviewed|fact[- ]?checked|edited)\s+by\s+"
    r"|^\W{0,3}(?:relue?|v[ée]rifi[ée]e?|[ée]dit[ée]e?)\s+par\s+",
    re.IGNORECASE,
)
#: What follows a dateline's lead when it gives only the time of day.
_UPDATE_TIME = re.compile(
    r"\s*(?:at|à|:)?\s*\d{1,2}\s?[:h.]\s?\d{2}\s?(?:am|pm|a\.m\.|p\.m\.)?"
    r"(?:\s+[A-Z]{2,4})?\s*\.?",
    re.IGNORECASE,
)
#: A dateline is a date and a few words; 100 characters holds both dates of an update.
_MAX_DATELINE_CHARS = 100


def _popup_class(part: str) -> re.Pattern[str]:
    """Match one class name made of a pop-up word and a part's: "c-tooltip__content"."""
    return re.compile(
        rf"(?:[\w-]*[-_])?(?:{POPUP.pattern})[a-z]*?[-_]{{0,2}}(?:{part})s?", re.IGNORECASE
    )


#: A pop-up's part that is its card: "tooltiptext", "popover-body", "c-tooltip__content".
_POPUP_PART = _popup_class(
    "text|content|body|block|card|inner|box|panel|title|header|bubble|definition|message|"
    "pane|template|popup|popover"
)
#: A pop-up's part that is the word it opens over: "tooltip-link", "tooltip__trigger".
_POPUP_TRIGGER = _popup_class("link|trigger|term|toggle|word|anchor|target|button|btn|label|handle")
#: A card's close button: only a card has one ("hovercard-close").
_POPUP_CLOSE = _popup_class("close|dismiss")
#: An arrow: on a card, or on the word it points from.
_POPUP_ARROW = _popup_class("arrow|pointer|caret")
#: Attributes holding a pop-up's card on the word it opens over.
_POPUP_ATTRIBUTES = (
    "title", "aria-label", "aria-describedby", "data-tooltip", "data-tip", "data-title",
    "data-content", "data-original-title", "data-bs-content", "data-tippy-content",
    "data-toggle", "data-bs-toggle",
)  # fmt: skip
#: Class or id words of captions ("imageCaption" too) and credits: their text is a FIGURE block.
_CAPTION = re.compile(
    r"caption|(?:^|[-_\s])(?:credit|credits|photo-?credit)(?:$|[-_\s])", re.IGNORECASE
)
#: Class or id words of media boxes (a photo with its caption, a gallery, a
#: video player): their text is a FIGURE block when they hold media.
_MEDIA = re.compile(
    r"(?:^|[-_\s])(?:photo|photos|image|img|media|gallery|slideshow|carousel|video|player|"
    r"figure|picture)(?:$|[-_\s])",
    re.IGNORECASE,
)
#: Class words of quotes set apart from the text.
_PULL_QUOTE = re.compile(r"(?:^|[-_\s])(?:pull-?quote|blockquote|quote)(?:$|[-_\s])", re.I)
#: A media box is a picture with a caption of a sentence or two; past this it
#: is an article section that happens to have "image" in its class.
_MEDIA_MAX_CHARS = 400
#: Beside its caption, a picture box holds at most a credit or a label.
_MAX_TEXT_BESIDE_CAPTION = 25
_MEDIA_TAGS = ("img", "picture", "video", "figure", "iframe")
#: A caption found by its place rather than its class is a line or two.
_MAX_LOOSE_CAPTION_CHARS = 200
#: Attributes lazy-loading pages put the real address in, src holding a placeholder.
_LAZY_SOURCES = ("data-src", "data-original", "data-lazy-src", "data-url", "src")
_LAZY_SOURCE_SETS = ("data-srcset", "srcset")
#: Messages of pages that need scripts ("This slideshow requires JavaScript").
_SCRIPT_NOTICE = re.compile(
    r"\b(?:requires?|enable|activez|activer|n[ée]cessite)\s+(?:le\s+)?javascript\b"
    r"|\bjavascript\s+(?:is\s+)?(?:disabled|required|d[ée]sactiv[ée])",
    re.IGNORECASE,
)
#: Tags that only group others, removed from pages nested deeper than the parser reads.
_CONTAINER_TAG = re.compile(
    r"</?(?:div|span|section|article|main|font|center|aside|header|footer|b|i|em|strong|u)"
    r"(?:\s[^>]*)?/?>",
    re.IGNORECASE,
)
#: Control characters are never text; lxml reads them but refuses them when
#: the tree is edited (readability's steps and ours move text around).
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: Stands for <br> while white space is collapsed; no page text contains it
#: after lxml's parse because it is a private-use code point we strip first.
_LINE_BREAK = "\ue000"
_ASCII_SPACE = re.compile(r"[ \t\n\r\f\v]+")
#: At the top or the bottom of an article, this many blocks are checked for
#: datelines and promo lines; further in, such phrases are the story's own.
_EDGE_BLOCKS = 4
#: Words of a note about a writer's work, in English and French.
_AUTHOR_WORK = re.compile(
    r"\b(?:reporter|editor|journalist|correspondent|writ(?:er|es|ing)|author|contributor|"
    r"columnist|critic|producer|curator|photographer|covers|journaliste|r[ée]dact(?:eur|rice)|"
    r"correspondante?|chroniqueu(?:r|se)|auteur|autrice|[ée]crit|couvre)\b",
    re.IGNORECASE,
)
#: A note about the author is a few sentences, a bio box's length.
_MAX_AUTHOR_NOTE_CHARS = 400
#: A caption this long shown twice is one picture's caption repeated (a short
#: one, "Photo: AP", may caption several pictures).
_MIN_REPEATED_CAPTION_CHARS = 60
#: Above the article, at most this many lines of header meta and furniture.
_MAX_HEADER_LINES = 6
#: A line of header meta holds a date and a few words, a name, some tags.
_MAX_HEADER_META_CHARS = 120
_DIGIT = re.compile(r"\d")


def clean_html(html: str, source: str, url: str | None = None) -> Article:
    """Return the main content of a page as an `Article`.

    Args:
        html: the decoded page.
        source: where it came from, as shown to the user (a path or URL).
        url: the page's address, if known, to resolve its links.
    """
    html = _CONTROL_CHARACTERS.sub("", html.replace(_LINE_BREAK, ""))
    tree = _parse(html)
    meta = page_metadata(tree, url)
    prepare(tree)
    walker = _Walker()
    try:
        content, candidates = find_content(tree, lambda: _prepared(html))
    except Exception as error:  # readability's steps raise bare Exceptions on odd trees
        log.warning("readability failed on %s: %s", source, error)
        content, candidates = None, {}
    listing = None
    if content is not None and is_card_sized(content):
        listing = story_list(_prepared(html), content, meta.site_names)
    if listing is not None:
        walker.walk(listing)
    elif content is not None:
        prune(content, candidates, meta.canonical_url or url)
        walker.walk(content)
    if not walker.drafts:
        # Nothing looked like an article: rather all the page's text than none.
        walker = _Walker(lenient=True)
        fresh = _prepared(html)
        body = fresh.find(".//body")
        walker.walk(body if body is not None else fresh)
    _trim_edges(walker.drafts, walker.end_matter, walker.pointers)
    if meta.byline and not is_site_name(meta.byline, list(meta.site_names), exact=True):
        # A site's name as the author is the newsroom: "BBC News has contacted…" is news.
        _drop_author_note(walker.drafts, meta.byline)
    _drop_edge_pointers(walker.drafts, walker.pointers)
    title = meta.title or _first_heading(walker.drafts, meta.site_names) or ""
    if meta.title_is_section:
        title = _top_heading(walker.drafts, meta.site_names) or title
    _drop_title_heading(walker.drafts, title)
    builder = ArticleBuilder()
    builder.drafts = walker.drafts
    return Article(
        title=title,
        text=builder.text,
        blocks=tuple(builder.blocks),
        source=source,
        source_format=SourceFormat.HTML,
        byline=meta.byline,
        date=meta.date,
        site=meta.site,
        language=meta.language,
        lead_image=meta.lead_image,
        canonical_url=meta.canonical_url,
        images=walker.images(),
    )


def extract_article(html: str, url: str | None = None) -> Article:
    """Return the cleaned article of a page given as text, from `url` if known."""
    return clean_html(html, url or "", url=url)


def main_text(article: Article) -> str:
    """Return the article's prose: every block but figure captions and image descriptions.

    This is what an article-body benchmark compares with its annotation, which
    leaves captions out.
    """
    return BLOCK_SEPARATOR.join(
        article.block_text(block) for block in article.blocks if block.kind is not BlockKind.FIGURE
    )


def _parse(html: str) -> lxml.html.HtmlElement:
    # lxml refuses str input that declares an encoding; the text is decoded already.
    html = re.sub(r"^\s*<\?xml[^>]*>", "", html, count=1)
    try:
        tree, too_deep = _parse_once(html)
        if too_deep:
            # libxml2 stops reading below 256 levels of nesting and drops the
            # rest; pages that deep are wrappers in wrappers, so unwrap them.
            log.info("the page nests too deep; reading it without its containers")
            tree, _ = _parse_once(_CONTAINER_TAG.sub(" ", html))
    except (lxml.etree.ParserError, ValueError) as error:
        raise UnsupportedInput("The page cannot be read as HTML: {reason}.", reason=error) from None
    return tree


def _parse_once(html: str) -> tuple[lxml.html.HtmlElement, bool]:
    parser = lxml.html.HTMLParser()
    tree = lxml.html.document_fromstring(html, parser=parser)
    too_deep = any(
        error.type_name == "ERR_RESOURCE_LIMIT" and "depth" in error.message
        for error in parser.error_log
    )
    return tree, too_deep


def _prepared(html: str) -> lxml.html.HtmlElement:
    tree = _parse(html)
    prepare(tree)
    return tree


@dataclass
class _Context:
    """Where the walk is: list nesting, and the kind inline text takes here."""

    list_depth: int = 0
    kind: BlockKind = BlockKind.PARAGRAPH


class _Walker:
    """Turn an element tree into drafts of blocks, keeping only text and image references."""

    def __init__(self, lenient: bool = False) -> None:
        self.lenient = lenient
        self.drafts: list[Draft] = []
        #: Drafts of the article's end-matter headings ("See also"), which
        #: read like labels of other stories' links but are its own.
        self.end_matter: set[int] = set()
        #: Drafts of lines of one link kept between the article's paragraphs.
        self.pointers: set[int] = set()
        self._images: list[tuple[Draft, str, str]] = []
        self._captions: set[str] = set()

    def walk(self, root: lxml.html.HtmlElement) -> None:
        """Emit the blocks of `root`."""
        self.block(root, _Context())

    def images(self) -> tuple[Image, ...]:
        """Return the images of the drafts that are still there, by block index."""
        index = {id(draft): i for i, draft in enumerate(self.drafts)}
        return tuple(
            Image(index[id(draft)], src, alt)
            for draft, src, alt in self._images
            if id(draft) in index
        )

    def add(
        self, kind: BlockKind, text: str, level: int = 0, ordered: bool = False
    ) -> Draft | None:
        """Append a block unless its text is blank; return its draft."""
        text = text.strip()
        if not text:
            return None
        draft = Draft(kind, text, level, ordered)
        self.drafts.append(draft)
        return draft

    def block(self, element: lxml.html.HtmlElement, context: _Context) -> None:
        """Emit the blocks of `element` and its children."""
        tag = _tag(element)
        if tag in _DROPPED or _is_hidden(element):
            return
        if not self.lenient and (
            _is_furniture(element)
            or (element.get("role") == "tooltip" and not _is_popup_word(element))
        ):
            return  # a pop-up's card set as a block, as a browser renders it: hidden by the page
        if tag in _HEADINGS:
            kind = BlockKind.FIGURE if context.kind is BlockKind.FIGURE else BlockKind.HEADING
            draft = self.add(kind, _element_text(element), level=_HEADINGS[tag])
            if draft is not None and element.get(END_MATTER_MARK) is not None:
                self.end_matter.add(id(draft))
        elif tag in _LISTS:
            self.list(element, context, ordered=tag == "ol")
        elif tag == "blockquote":
            kind = BlockKind.FIGURE if context.kind is BlockKind.FIGURE else BlockKind.QUOTE
            self.mixed(element, _Context(context.list_depth, kind))
        elif tag == "pre":
            self.add(BlockKind.CODE, _preformatted_text(element))
        elif tag == "figure" or _is_caption(element) or _is_media_box(element):
            if tag != "figure" and next(element.iterdescendants("figure"), None) is not None:
                self.mixed(element, context)  # a gallery: each of its figures on its own
            else:
                self.figure(element)
        elif _PULL_QUOTE.search(class_words(element)) and context.kind is BlockKind.PARAGRAPH:
            self.mixed(element, _Context(context.list_depth, BlockKind.QUOTE))
        elif tag == "img":
            self.image(element, context)
        elif tag == "table":
            self.table(element, context)
        elif tag == "hr":
            return
        else:
            first = len(self.drafts)
            self.mixed(element, context)
            if element.get(POINTER_MARK) is not None:
                self.pointers.update(id(draft) for draft in self.drafts[first:])

    def mixed(self, element: lxml.html.HtmlElement, context: _Context) -> None:
        """Emit inline runs of `element` as blocks of the context's kind, and its block children."""
        run: list[str] = [element.text or ""]
        for child in element:
            if not isinstance(child.tag, str):  # comments, processing instructions
                run.append(child.tail or "")
                continue
            tag = _tag(child)
            if (
                tag in _BLOCK_TAGS
                or tag == "img"
                or _is_caption(child)
                or (tag == "span" and _is_media_box(child))
            ):
                self.add(context.kind, _clean_inline("".join(run)))
                run = []
                self.block(child, context)
            else:
                run.append(_inline_text(child))
            run.append(child.tail or "")
        self.add(context.kind, _clean_inline("".join(run)))

    def list(self, element: lxml.html.HtmlElement, context: _Context, ordered: bool) -> None:
        """Emit each item of a list, nested lists one level deeper.

        Text written in the list itself, outside any item, is a paragraph: old
        pages indent a passage by wrapping it in a bare <ul>.
        """
        depth = context.list_depth + 1
        inner = _Context(depth, context.kind)
        run: list[str] = [element.text or ""]
        for item in element:
            tag = _tag(item)
            if tag not in {"li", "dt", "dd"}:
                if tag in _BLOCK_TAGS or tag == "img":
                    self.add(context.kind, _clean_inline("".join(run)))
                    run = []
                    self.block(item, inner)
                elif tag:  # an inline element; a comment's text is no text
                    run.append(_inline_text(item))
                run.append(item.tail or "")
                continue
            self.add(context.kind, _clean_inline("".join(run)))
            run = [item.tail or ""]
            if _is_hidden(item) or _is_furniture(item):
                continue
            # Nested lists and figures inside an item are blocks of their own.
            inside = [c for c in item.iterdescendants() if _is_own_block(c)]
            inside = [c for c in inside if not any(a in inside for a in c.iterancestors())]
            own = _element_text(item, skip=set(map(id, inside)))
            if context.kind is BlockKind.FIGURE:
                self.add(BlockKind.FIGURE, own)
            else:
                self.add(BlockKind.LIST_ITEM, own, level=depth, ordered=ordered)
            for child in inside:
                self.block(child, inner)
        self.add(context.kind, _clean_inline("".join(run)))

    def figure(self, element: lxml.html.HtmlElement) -> None:
        """Emit a figure, caption or media box as FIGURE blocks, with its image."""
        images = [img for img in element.iter("img") if _image_source(img)]
        caption = element.find(".//figcaption")
        text = _caption_text(caption if caption is not None else element)
        alt = _alt_text(images[0]) if images else ""
        if (
            alt
            and text
            and not boilerplate.caption_without_credit(text)
            and alt.casefold() not in text.casefold()
        ):
            # Only a credit: the picture's description says what it shows.
            text = f"{alt} {text}" if alt.endswith((".", "!", "?", "…")) else f"{alt}. {text}"
        previous = self.drafts[-1] if self.drafts else None
        if previous and previous.kind is BlockKind.FIGURE and previous.text == (text or alt):
            return  # galleries repeat a caption for the thumbnail and the full view
        if len(text) >= _MIN_REPEATED_CAPTION_CHARS and text in self._captions:
            return  # a gallery's slide shows again the caption of its thumbnail, further up
        self._captions.add(text)
        draft = self.add(BlockKind.FIGURE, text or alt)
        if draft is not None and images:
            self._images.append((draft, _image_source(images[0]), alt))

    def image(self, element: lxml.html.HtmlElement, context: _Context) -> None:
        """Emit a lone image with a description as a figure."""
        alt = _alt_text(element)
        # Short alt texts are icons and spacer names ("logo", "icon"), not figures.
        if len(alt.split()) < 3 and context.kind is not BlockKind.FIGURE:
            return
        draft = self.add(BlockKind.FIGURE, alt)
        src = _image_source(element)
        if draft is not None and src:
            self._images.append((draft, src, alt))

    def table(self, element: lxml.html.HtmlElement, context: _Context) -> None:
        """Emit each row of a data table, its cells separated by tabs; walk layout tables."""
        if _is_layout_table(element):
            self.mixed(element, context)
            return
        caption = element.find("caption")
        if caption is not None:
            self.add(BlockKind.PARAGRAPH, _element_text(caption))
        for row in element.iter("tr"):
            cells = [_element_text(cell) for cell in row if _tag(cell) in {"td", "th"}]
            self.add(BlockKind.TABLE_ROW, "\t".join(c for c in cells if c))


def _tag(element: lxml.html.HtmlElement) -> str:
    tag = element.tag
    return tag.lower() if isinstance(tag, str) else ""


def _is_hidden(element: lxml.html.HtmlElement) -> bool:
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    style = (element.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def _is_furniture(element: lxml.html.HtmlElement) -> bool:
    if not _FURNITURE.search(class_words(element)):
        return False
    if next(element.iter("blockquote"), None) is not None:
        return False  # an embedded post ("social-embed"): quoted by the article
    return len(element.text_content()) <= _FURNITURE_MAX_CHARS


def _popup_trigger(element: lxml.html.HtmlElement) -> str | None:
    """Return the text an inline pop-up shows in the sentence, or None to read it as text.

    A pop-up's card repeats a name's details inside a sentence; the page's
    CSS, which we do not read, hides it. A card is told by its class naming a
    card's part ("tooltiptext", "popover-body", "c-tooltip__content"), its
    role, or its close button; the words it opens over by being a link,
    holding the card in an attribute (title, aria-label, data-content…) or a
    class naming a trigger ("tooltip-link"). A wrapper of both
    ("rollover-people" around a name's link and its "rollover-block";
    "tooltip" around "mayor <b>Jane Roe</b> said" and its card) keeps every
    word but its cards; with no card told, the pop-ups after its first words
    are cards. Anything else is read as text: a card shown is better than a
    word lost.
    """
    if not _is_popup(element):
        return None
    if _is_popup_card(element):
        return ""
    popups = [inner for inner in element.iterdescendants() if _is_popup(inner)]
    if not popups:
        return None  # the words; the card is elsewhere, in an attribute, or loaded later
    shown = copy.deepcopy(element)
    cards = [inner for inner in shown.iterdescendants() if _is_popup_card(inner)]
    for close in [inner for inner in shown.iterdescendants() if _popup_named(inner, _POPUP_CLOSE)]:
        # The pop-up holding a close button is a card.
        holder = next((up for up in close.iterancestors() if up is shown or _is_popup(up)), shown)
        if holder is shown:
            return "" if not cards else None
        cards.append(holder)
    if not cards:
        cards = [
            card
            for card in _popups_after_words(shown)
            if not _is_popup_word(card) and not _popup_named(card, _POPUP_ARROW)
        ]
    if not cards:
        return None
    for card in cards:
        if card.getparent() is not None:  # not dropped already (listed twice)
            card.drop_tree()  # its tail, the sentence's words after it, stays
    for inner in shown.iter():
        if isinstance(inner.tag, str):
            inner.attrib.pop("class", None)  # the words left are no pop-ups
            inner.attrib.pop("id", None)
    return _inline_text(shown)


def _is_popup(element: lxml.html.HtmlElement) -> bool:
    return isinstance(element.tag, str) and POPUP.search(class_words(element)) is not None


def _popup_named(element: lxml.html.HtmlElement, pattern: re.Pattern[str]) -> bool:
    """Tell whether one of the element's class names is a pop-up part of `pattern`'s."""
    return any(pattern.fullmatch(name) for name in (element.get("class") or "").split())


def _is_popup_card(element: lxml.html.HtmlElement) -> bool:
    """Tell a pop-up's card by its role or a class naming a card's part; never a pop-up's word."""
    if not isinstance(element.tag, str) or _is_popup_word(element):
        return False
    return element.get("role") == "tooltip" or _popup_named(element, _POPUP_PART)


def _holds_popup_card(element: lxml.html.HtmlElement) -> bool:
    """Tell the word a pop-up opens over by the card it holds in an attribute."""
    return any(
        value and (name in _POPUP_ATTRIBUTES or (name.startswith("data-") and POPUP.search(name)))
        for name, value in element.attrib.items()
    )


def _is_popup_word(element: lxml.html.HtmlElement) -> bool:
    """Tell the words a pop-up opens over: a link, a card in an attribute, a trigger's class."""
    return (
        _tag(element) == "a" or _holds_popup_card(element) or _popup_named(element, _POPUP_TRIGGER)
    )


def _popups_after_words(wrapper: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Return the outermost pop-ups of a wrapper that come after its first words."""
    found: list[lxml.html.HtmlElement] = []
    seen = bool((wrapper.text or "").strip())

    def visit(node: lxml.html.HtmlElement) -> None:
        nonlocal seen
        for child in node:
            if isinstance(child.tag, str):
                if seen and _is_popup(child):
                    found.append(child)
                else:
                    seen = seen or bool((child.text or "").strip())
                    visit(child)
            seen = seen or bool((child.tail or "").strip())

    visit(wrapper)
    return found


def _is_caption(element: lxml.html.HtmlElement) -> bool:
    names = class_words(element)
    if _CAPTION.search(names):
        return True
    # A title laid over a slideshow ("gallery-overlay-title"): a caption without its picture.
    return (
        _MEDIA.search(names) is not None
        and next(element.iterdescendants(*_MEDIA_TAGS, "p", *_HEADINGS), None) is None
        and _tag(element) not in _MEDIA_TAGS
        and len(element.text_content()) <= _MAX_LOOSE_CAPTION_CHARS
    )


def _is_media_box(element: lxml.html.HtmlElement) -> bool:
    """Tell a picture with its caption, whatever the box's class says.

    Either its class says media ("photo", "gallery"), or it holds an element
    named as a caption, or it is a small box whose own child is a picture and
    whose text is a line: a caption in an opaque "pic" box.
    """
    if next(element.iter("img", "picture", "video", "figure", "iframe"), None) is None:
        return False
    if next(element.iter(*_HEADINGS), None) is not None or len(element.findall(".//p")) > 1:
        return False  # a section with a picture in it, not a picture with its caption
    length = text_length(element)
    if length > _MEDIA_MAX_CHARS:
        return False
    if _MEDIA.search(class_words(element)):
        return True
    captions = [
        e
        for e in element.iterdescendants()
        if isinstance(e.tag, str) and _CAPTION.search(class_words(e))
    ]
    if captions:
        # All its text is the caption's: a paragraph that opens with a picture is not a box.
        told = max(text_length(caption) for caption in captions)
        return length - told <= _MAX_TEXT_BESIDE_CAPTION
    return (
        _tag(element) in ("div", "span")
        and length <= _MAX_LOOSE_CAPTION_CHARS
        and any(_tag(child) in ("img", "picture") for child in element)
    )


def _is_own_block(element: lxml.html.HtmlElement) -> bool:
    """Tell the elements of a list item that are not part of its text."""
    tag = _tag(element)
    return (
        tag in _LISTS
        or tag == "figure"
        or (tag == "img" and len((element.get("alt") or "").split()) >= 3)
        or _is_caption(element)
        or _is_media_box(element)
    )


def _is_layout_table(element: lxml.html.HtmlElement) -> bool:
    """Tell a table used to lay out the page from one that holds data."""
    for cell in element.iter("td", "th"):
        inside = cell.iter("p", "div", "table", "ul", "ol", "h1", "h2", "h3", "blockquote")
        if next(inside, None) is not None:
            return True
    return False


def _image_source(element: lxml.html.HtmlElement) -> str:
    for name in _LAZY_SOURCES:
        value = (element.get(name) or "").strip()
        if value and not value.startswith("data:"):
            return value
    # A lazy-loading page may give the picture only in a source set, each
    # address followed by its width or density ("a.jpg 80w, b.jpg 800w",
    # "a.jpg 1x, b.jpg 2x"): take the widest, or the densest.
    for name in _LAZY_SOURCE_SETS:
        best = max(_source_set(element.get(name) or ""), key=lambda c: c[0], default=None)
        if best is not None:
            return best[1]
    return ""


def _source_set(value: str) -> list[tuple[float, str]]:
    """Return the (size, address) of each picture of a srcset (size 0 when not given).

    The size is the width ("800w") or the density ("2x"); a source set gives
    one kind. An address runs to the next white space and may hold commas of
    its own ("…/c_fill,w_80/a.jpg 80w"); a comma after white space or a
    descriptor ends a candidate.
    """
    found = []
    for candidate in re.split(r"(?:(?<=\s)|(?<=\d[wx])),\s*", value.strip()):
        parts = candidate.split()
        if not parts or parts[0].startswith("data:"):
            continue
        size = _SOURCE_SIZE.fullmatch(parts[1]) if len(parts) > 1 else None
        found.append((float(size.group(1)) if size else 0.0, parts[0].rstrip(",")))
    return found


#: A srcset candidate's width or density: "800w", "1.5x" (ASCII digits, a sane length).
_SOURCE_SIZE = re.compile(r"([0-9]{1,6}(?:\.[0-9]{1,3})?)[wx]")


def _inline_text(element: lxml.html.HtmlElement, skip: set[int] | None = None) -> str:
    tag = _tag(element)
    if tag in _DROPPED or _is_hidden(element):
        return ""
    trigger = _popup_trigger(element)
    if trigger is not None:
        return trigger
    if tag == "br":
        return _LINE_BREAK
    if tag == "math":
        return f" {_math_text(element)} "
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and not (skip and id(child) in skip):
            text = _inline_text(child, skip)
            parts.append(f" {text} " if skip and _tag(child) in _BLOCK_TAGS else text)
        parts.append(child.tail or "")
    return "".join(parts)


def _math_text(element: lxml.html.HtmlElement) -> str:
    """Return a formula's symbols in reading order, spaced: "x = − b ± b 2 − 4 a c".

    MathML is no prose, but a sentence that quotes a formula reads with a
    hole where it was ("When , there are two solutions") if it is dropped.
    Annotations (its TeX source) would repeat it.
    """
    symbols = [
        (leaf.text or "").strip()
        for leaf in element.iter()
        if isinstance(leaf.tag, str)
        and len(leaf) == 0
        and not next(leaf.iterancestors("annotation", "annotation-xml"), None) is not None
        and _tag(leaf) not in ("annotation", "annotation-xml")
    ]
    return " ".join(symbol for symbol in symbols if symbol)


def _element_text(element: lxml.html.HtmlElement, skip: set[int] | None = None) -> str:
    """Return the readable text of an element, blocks inside it joined by spaces."""
    parts = [element.text or ""]
    for child in element:
        if skip and id(child) in skip:
            parts.append(child.tail or "")
            continue
        if isinstance(child.tag, str):
            text = _inline_text(child, skip)
            parts.append(f" {text} " if _tag(child) in _BLOCK_TAGS else text)
        parts.append(child.tail or "")
    return _clean_inline("".join(parts))


def _caption_text(element: lxml.html.HtmlElement) -> str:
    """Return a caption's text as the page shows it, its credit included.

    Pages often set the credit apart only by style: a label for screen
    readers glued to the name ("CreditJane Doe"), a credit span right after
    the caption's last word. The label gets its colon and the credit a space
    before it, on a copy: the page's tree stays as it is.
    """
    parts = [part for part in element.iterdescendants() if isinstance(part.tag, str)]
    if len(parts) > _MAX_CAPTION_PARTS:
        return _element_text(element)
    element = copy.deepcopy(element)
    labels: set[lxml.html.HtmlElement] = set()
    for part in element.iterdescendants():
        if not isinstance(part.tag, str) or labels.intersection(part.iterancestors()):
            continue  # inside a label already given its colon ("<span><b>Credit</b></span>")
        if boilerplate.is_credit_label(plain_text(part)):
            labels.add(part)
            part.text = " " + (part.text or "")
            part.tail = ": " + (part.tail or "").lstrip(" :")
        elif not _CREDIT_PROPS.isdisjoint((part.get("itemprop") or "").split()):
            part.text = " " + (part.text or "")
    return boilerplate.one_credit_label(_element_text(element))


#: schema.org properties of a picture's credit, marked in its caption.
_CREDIT_PROPS = frozenset({"copyrightHolder", "copyrightNotice", "creditText"})
#: A caption is a few elements; a "figure" holding more is a section, read as it is.
_MAX_CAPTION_PARTS = 40
#: A tag written into an attribute's text: "<span style=...>Caption</span>".
_MARKUP = re.compile(r"</?[a-z][a-z0-9]*(?:\s[^<>]*)?/?>", re.IGNORECASE)


def _alt_text(image: lxml.html.HtmlElement) -> str:
    """Return an image's description as a reader sees it.

    Some sites write their caption's HTML into the alt text, escaped; a
    browser would show the tags as letters, but they are markup, not words.
    """
    return _clean_inline(_MARKUP.sub(" ", image.get("alt") or ""))


def _preformatted_text(element: lxml.html.HtmlElement) -> str:
    text = "".join(_inline_text(child) + (child.tail or "") for child in element)
    return ((element.text or "") + text).replace(_LINE_BREAK, "\n").strip("\n")


def _clean_inline(text: str) -> str:
    """Collapse ASCII white space; <br> breaks and no-break spaces stay."""
    lines = [_ASCII_SPACE.sub(" ", line).strip() for line in text.split(_LINE_BREAK)]
    return "\n".join(line for line in lines if line)


def _trim_edges(
    drafts: list[Draft],
    kept: set[int] | frozenset[int] = frozenset(),
    pointers: set[int] | frozenset[int] = frozenset(),
) -> None:
    """Drop datelines, header meta and promo lines at the top and the bottom of the article.

    Near the edges, the `_EDGE_BLOCKS` first and last blocks are checked for
    such phrases; then the runs of them that open and close the article go,
    however long: header meta (a short line with a number in it and no
    sentence, in any language) at the top; calls to action and a heading with
    nothing under it at the bottom. The `kept` drafts (the article's
    end-matter headings) are never furniture; the `pointers` ("Read: …")
    are, in those runs.
    """
    prose = [d for d in drafts if d.kind is not BlockKind.FIGURE and id(d) not in kept]
    edges = {id(d) for d in prose[:_EDGE_BLOCKS] + prose[-_EDGE_BLOCKS:] if _is_edge_furniture(d)}
    prose = [d for d in prose if id(d) not in edges]
    top = 0
    while top < len(prose) and (
        _is_edge_furniture(prose[top]) or _is_header_meta(prose[top]) or id(prose[top]) in pointers
    ):
        top += 1
    if top < min(len(prose), _MAX_HEADER_LINES + 1):
        # A short run above a sentence; a page made only of such lines is its text.
        edges.update(id(d) for d in prose[:top])
        prose = prose[top:]
    while len(prose) > 1 and (
        id(prose[-1]) in pointers
        or _is_edge_furniture(prose[-1])
        or (prose[-1].kind is BlockKind.PARAGRAPH and boilerplate.is_tail_promo(prose[-1].text))
        or (prose[-1].kind is BlockKind.HEADING and _ends(drafts, prose[-1], edges))
    ):
        edges.add(id(prose.pop()))
    drafts[:] = [
        d for d in drafts if id(d) in kept or (id(d) not in edges and not _is_furniture_line(d))
    ]


def _drop_edge_pointers(drafts: list[Draft], pointers: set[int]) -> None:
    """Drop the `pointers` ("Read: …") left at an edge by the blocks dropped after pruning.

    A line of one link is kept between the article's paragraphs; once an
    author's note or a promo closing the article has gone, one that stood
    before it closes the article, and goes too.
    """
    prose = [draft for draft in drafts if draft.kind is not BlockKind.FIGURE]
    edges: set[int] = set()
    for run in (prose, prose[::-1]):
        for draft in run:
            if id(draft) not in pointers:
                break
            edges.add(id(draft))
    if edges:
        drafts[:] = [draft for draft in drafts if id(draft) not in edges]


def _drop_author_note(drafts: list[Draft], byline: str) -> None:
    """Drop a note about the author closing the article ("Ann Lee is our deals editor…").

    It is the last paragraph, a few sentences about one of the byline's
    authors in the third person: it opens with their full or first name and
    a word in lower case, a verb ("is", "has", "writes", "contributed").
    Opening with the first name alone, it also speaks of the work ("editor",
    "writing"): "Ann said the council would vote again." may be about
    someone else called Ann, and is the story's.
    """
    prose = [d for d in drafts if d.kind is not BlockKind.FIGURE]
    if len(prose) < 2 or prose[-1].kind is not BlockKind.PARAGRAPH:
        return
    last = prose[-1]
    if len(last.text) > _MAX_AUTHOR_NOTE_CHARS:
        return
    for author in boilerplate.split_authors(byline):
        names = author.split()
        for name in (author, names[0]) if len(names) > 1 else ():
            rest = last.text[len(name) :]
            if not (last.text.startswith(name) and rest[:1].isspace()):
                continue
            if rest.lstrip()[:1].islower() and (name == author or _AUTHOR_WORK.search(rest)):
                # By identity: an earlier paragraph may hold the same words.
                drafts[:] = [d for d in drafts if d is not last]
                return


def _ends(drafts: list[Draft], heading: Draft, dropped: set[int]) -> bool:
    """Tell whether nothing but dropped blocks follows a heading (a gallery's pictures do)."""
    after = drafts[[id(d) for d in drafts].index(id(heading)) + 1 :]
    has_prose = any(d.kind is not BlockKind.HEADING for d in drafts)
    return has_prose and all(id(d) in dropped for d in after)


def _is_header_meta(draft: Draft) -> bool:
    """Tell a date, reading time or tag line above the article from its first sentence."""
    return (
        draft.kind is BlockKind.PARAGRAPH
        and len(draft.text) <= _MAX_HEADER_META_CHARS
        and not draft.text.endswith((".", "!", "?", "…", ":", '"', "»", "”", "。", "！", "？"))
        and _DIGIT.search(draft.text) is not None
    )


def _is_edge_furniture(draft: Draft) -> bool:
    if draft.kind is BlockKind.FIGURE:
        return False
    return (
        boilerplate.is_boilerplate_line(draft.text)
        or _is_dateline(draft.text)
        or _is_credit_line(draft.text)
    )


def _is_credit_line(text: str) -> bool:
    # A sentence ("Par Lyon, le TGV passe à 300 km/h.") ends like one; a credit does not.
    if text.endswith((".", "!", "?", "…")):
        return False
    review = _REVIEW_LEAD.match(text)
    if review is not None:
        text = "By " + text[review.end() :]
    return boilerplate.match_byline(text) is not None


def _is_dateline(text: str) -> bool:
    if boilerplate.match_dateline(text) is not None:
        return True
    lead = _DATELINE_LEAD.match(text)
    if lead is not None and _UPDATE_TIME.fullmatch(text[lead.end() :]) is not None:
        return True  # "Updated at 1:23 p.m.": its day is the article's
    return (
        len(text) <= _MAX_DATELINE_CHARS
        and not text.endswith((".", "!", "?", "…"))
        and _DATELINE_LEAD.match(text) is not None
        and boilerplate.find_date(text) is not None
    )


def _is_furniture_line(draft: Draft) -> bool:
    if draft.kind is BlockKind.FIGURE or len(draft.text) > boilerplate.MAX_BOILERPLATE_CHARS:
        return False
    return (
        boilerplate.is_standalone_boilerplate(draft.text)
        or _SCRIPT_NOTICE.search(draft.text) is not None
    )


def _first_heading(drafts: list[Draft], site_names: tuple[str, ...]) -> str | None:
    # A heading that is the site's name (a logo in the header) is no title.
    for draft in drafts:
        if draft.kind is BlockKind.HEADING and not is_site_name(draft.text, list(site_names)):
            return draft.text
    return None


def _top_heading(drafts: list[Draft], site_names: tuple[str, ...]) -> str | None:
    """Return the heading the article opens with, the work's own title, if it opens with one.

    Only a first- or second-level heading counts: a third-level one at the top
    heads a part of the article ("Summary"), not the whole.
    """
    first = next((d for d in drafts if d.kind is not BlockKind.FIGURE), None)
    if first is None or first.kind is not BlockKind.HEADING or first.level > 2:
        return None
    return None if is_site_name(first.text, list(site_names)) else first.text


def _drop_title_heading(drafts: list[Draft], title: str) -> None:
    """Remove a heading that repeats the title at the top of the body.

    The repeat may be reworded at its ends ("… | Editorial", "Opinion: …"):
    a heading that holds the title's words, or whose words the title holds,
    is the title again.
    """
    for index, draft in enumerate(drafts[:3]):
        if draft.kind is not BlockKind.HEADING:
            continue
        if repeats_title(draft.text, title):
            drafts.pop(index)
        return


def repeats_title(heading: str, title: str) -> bool:
    """Tell whether a heading is the title again, maybe with a tag or a site added."""
    a, b = _norm(heading), _norm(title)
    if not a or not b:
        return False
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    if len(shorter) >= _MIN_REPEAT_SHARE * len(longer) and f" {shorter} " in f" {longer} ":
        return True
    # Reworded at one end ("HS Roundup: …" over "High School Roundup: …"): the
    # rest of the words run on in the same order.
    few, many = sorted((a.split(), b.split()), key=len)
    if len(many) > _MAX_HEADLINE_WORDS:
        return False  # no headline: and the match below takes time in both lengths
    run = SequenceMatcher(None, few, many, autojunk=False).find_longest_match().size
    return (
        run >= _MIN_REPEAT_RUN_WORDS
        and run >= _MIN_REPEAT_RUN_SHARE * len(few)
        and run >= _MIN_REPEAT_SHARE * len(many)
    )


#: A heading holding the title plus a short tag repeats it; a title that is a
#: small part of a heading ("Mozilla" in "Mozilla's history") does not.
_MIN_REPEAT_SHARE = 0.6
#: A title reworded at one end keeps this share of its words in one run, and
#: a few words at least: two short headings may share "of the" by chance.
_MIN_REPEAT_RUN_SHARE = 0.8
_MIN_REPEAT_RUN_WORDS = 4
#: A headline is a sentence at most.
_MAX_HEADLINE_WORDS = 60


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().casefold()
