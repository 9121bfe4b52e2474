"""The memo's paragraphs: ReportLab Paragraphs made without the HTML tokenizer
and broken into lines once per width.

A memo has some five hundred paragraphs, most of them table cells. For so
many small paragraphs three costs of ReportLab's ``Paragraph`` dominate:

* Parsing: ``Paragraph(markup, style)`` runs its markup through
  ``html.parser`` and builds every fragment from the style. Our markup is
  our own (:func:`storage.memo_styles.markup`: escaped text, CJK runs in
  ``<font face=...>``, ``<br/>``), so :class:`ParagraphMaker` splits it with
  one regular expression and copies fragments that ReportLab's parser made
  for the style once per render. The fragments are those the parser makes,
  cut at the same places (an entity is a chunk of its own, as the tokenizer
  delivers it): the PDF is byte for byte the same.
* Line breaking: a table measures each cell when it lays out, again when it
  splits across a page and again when it draws; :class:`MemoParagraph` keeps
  the lines of the last width instead of breaking the same text again.
* Measuring: breaking Chinese measures every character on its own
  (``pdfmetrics.stringWidth`` per character); the widths are looked up in a
  table filled once per render with the very same function, so the lines
  are ReportLab's to the last bit.
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.textsplit import dumbSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaParser

from storage.memo_styles import CJK_FONT

_FONT_OPEN = f'<font face="{CJK_FONT}">'
_TOKENS = re.compile(f"({re.escape(_FONT_OPEN)}|</font>|<br/>|&amp;|&lt;|&gt;)")
_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">"}


CharWidths = dict[tuple[str, float], dict[str, float]]
"""Width of each character by (font, size), as ``pdfmetrics.stringWidth`` gives it."""


class MemoParagraph(Paragraph):  # type: ignore[misc]
    """A Paragraph that breaks its lines once per width, and measures each
    character once per render (given a shared :data:`CharWidths`)."""

    _wrapped: tuple[float, float, float] | None = None
    char_widths: CharWidths | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        done = self._wrapped
        # split() drops blPara when it gives up; then the lines are broken afresh.
        if done is not None and done[0] == availWidth and "blPara" in self.__dict__:
            self.width, self.height = done[1], done[2]
            return done[1], done[2]
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, width, height)
        return width, height

    def breakLinesCJK(self, maxWidths: Any) -> Any:
        """ReportLab's single-fragment case (``wordSplit``: the width of each
        character, then ``dumbSplit``) with the widths looked up, not measured
        again; every other case is ReportLab's own."""
        frags = self.frags
        table = self.char_widths
        if (
            table is None
            or len(frags) != 1
            or self.bulletText
            or self.style.endDots
            or getattr(self, "_splitpara", 0)
            or hasattr(frags[0], "cbDefn")
            or not isinstance(getattr(frags[0], "text", None), str)
        ):
            return super().breakLinesCJK(maxWidths)
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]
        self.height = 0
        f = frags[0]
        text = f.text
        known = table.setdefault((f.fontName, f.fontSize), {})
        for ch in set(text).difference(known):
            known[ch] = stringWidth(ch, f.fontName, f.fontSize)
        lines = dumbSplit(text, list(map(known.__getitem__, text)), maxWidths)
        wrapped = [(space, [line]) for space, line in lines]
        return f.clone(kind=0, lines=wrapped, ascent=f.fontSize, descent=-0.2 * f.fontSize)


_PROBE: tuple[Any, ...] = ("para", {}, ["a", ("font", {"face": CJK_FONT}, ["b"]), ("br", {}, None)])


class ParagraphMaker:
    """Makes the memo's paragraphs for one render, without the HTML tokenizer.

    For each style, ReportLab's own parser (``ParaParser.tt_parse``) parses one
    probe paragraph holding a Latin run, a CJK run and a line break; every
    fragment of a memo paragraph in that style is a copy of one of these three
    with its own text, which is what the parser would make of it: a copy of
    the paragraph's (or the ``<font>``'s) fragment with the text set. Markup
    other than :func:`storage.memo_styles.markup` writes, and styles with a
    text transform or bullet, go through ReportLab's parser as usual.
    """

    def __init__(self) -> None:
        self._templates: dict[int, tuple[ParagraphStyle, list[Any]]] = {}
        self._char_widths: CharWidths = {}

    def _probe(self, style: ParagraphStyle) -> list[Any]:
        known = self._templates.get(id(style))
        if known is not None:
            return known[1]
        parser = ParaParser()
        parser.caseSensitive = 1  # as Paragraph sets it
        parsed, frags, bullet = parser.tt_parse(_PROBE, style)
        usable = (
            parsed is style
            and frags is not None
            and len(frags) == 3
            and not bullet
            and not getattr(style, "bulletText", None)
            and not style.textTransform
        )
        templates = list(frags) if usable else []
        self._templates[id(style)] = (style, templates)  # the style keeps its id alive
        return templates

    def __call__(self, markup: str, style: ParagraphStyle) -> MemoParagraph:
        """``Paragraph(markup, style)`` for memo markup."""
        # ReportLab's cleaning (whitespace runs to one space, ends stripped) in
        # one C call; its own splitting keeps a no-break space, str.split does not.
        text = " ".join(markup.split()) if "\xa0" not in markup else cleanBlockQuotedText(markup)
        templates = self._probe(style)
        frags = _fragments(text, templates) if templates else None
        if frags is None:
            para = MemoParagraph(markup, style)
        else:
            para = MemoParagraph(text, style, frags=frags)
        para.char_widths = self._char_widths
        return para


def _fragments(text: str, templates: list[Any]) -> list[Any] | None:
    """The parser's fragments of cleaned memo markup ``text``, or None when the
    text holds markup this shortcut does not know."""
    latin, cjk, line_break = templates
    # The parser's fragments of one paragraph share these two (never changed in place).
    shared: dict[str, list[Any]] = {"link": [], "us_lines": []}
    frags: list[Any] = []
    in_font = False
    for token in _TOKENS.split(text):
        if not token:
            continue
        if token == _FONT_OPEN:
            if in_font:
                return None
            in_font = True
        elif token == "</font>":
            if not in_font:
                return None
            in_font = False
        elif token == "<br/>":
            if in_font:
                return None
            frags.append(_copy(line_break, shared))
        else:
            data = _ENTITIES.get(token, token)
            if data is token and ("<" in token or "&" in token):
                return None
            frags.append(_copy(cjk if in_font else latin, {"text": data, **shared}))
    return None if in_font else frags


def _copy(frag: Any, changes: dict[str, Any]) -> Any:
    """``frag.clone(**changes)`` without the keyword round trip."""
    new = object.__new__(type(frag))
    new.__dict__.update(frag.__dict__)
    new.__dict__.update(changes)
    return new


__all__ = ["CharWidths", "MemoParagraph", "ParagraphMaker"]
