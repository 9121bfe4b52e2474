"""Where the memo's lines break: between Chinese characters and at spaces,
never inside a date, a time, an amount or any other run of Latin characters
that fits on a line.

ReportLab's CJK wrapping cuts "like a knife" between any two characters and,
inside Latin text, only backs up to a space in the second half of a line:
in a narrow table column a date could print as ``2026-12-0`` / ``7``. The memo
therefore breaks each paragraph itself, at the width it will be drawn in,
measuring with ReportLab's own font metrics (``pdfmetrics.stringWidth``), and
hands ReportLab lines that each fit; ReportLab then has nothing left to break.

The units of a line are: a Chinese character (or any character outside the
Latin font's range that is not Latin text), and a run of other non-space
characters (a word, a date, ``−¥561,872.31``, ``43.6%``). A closing mark
(``）。，、``) stays with the unit before it and an opening one (``（“``) with
the unit after it, as Chinese typesetting wants. Only a unit wider than the
whole line is cut, between its dates, figures and words if it has several.
"""

from __future__ import annotations

import re
from functools import cache

from reportlab.lib.textsplit import ALL_CANNOT_END, ALL_CANNOT_START
from reportlab.pdfbase.pdfmetrics import stringWidth

from storage.memo_styles import FONT, runs

#: A safety margin (points) between a line's measured width and the room it
#: gets, so that rounding never makes ReportLab break a line again.
MARGIN = 0.01

#: Latin text runs: anything below the CJK blocks except spaces.
_UNIT = re.compile(r"[^\s\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]+|\S")


@cache
def char_width(ch: str, size: float) -> float:
    """Width of one character in the font :func:`storage.memo_styles.runs`
    gives it, as ReportLab measures it."""
    ((font, _),) = runs(ch) or ((FONT, ch),)
    return float(stringWidth(ch, font, size))


def text_width(text: str, size: float) -> float:
    """Width of ``text`` in the memo's fonts."""
    return sum(char_width(ch, size) for ch in text)


def _units(line: str) -> list[tuple[bool, str]]:
    """``(space_before, unit)`` for one hard line, with marks glued to their
    neighbours (across a space too: the space then stays inside the unit)."""
    out: list[tuple[bool, str]] = []
    glue_next = False
    pos = 0
    for m in _UNIT.finditer(line):
        space = pos < m.start()
        pos = m.end()
        unit = m.group()
        if out and (glue_next or unit[0] in ALL_CANNOT_START):
            # a closing mark never starts a line, an opening one never ends one
            out[-1] = (out[-1][0], out[-1][1] + (" " if space else "") + unit)
        else:
            out.append((space and bool(out), unit))
        glue_next = unit[-1] in ALL_CANNOT_END
    return out


# The parts of a Latin run that a cut keeps whole: a date or month, a time,
# a figure (amount, percentage), a word; anything else one character at a time.
_ATOM = re.compile(
    r"\d{4}-\d{2}(?:-\d{2})?|\d{1,2}:\d{2}|[-−+]?[¥$]?\d[\d,]*(?:\.\d+)?%?|[A-Za-z]+|.", re.S
)


def _cut(unit: str, room: float, first_room: float, size: float) -> list[str]:
    """A unit wider than a line (``2026-04–2026-07`` in a narrow column), cut
    between its dates, figures and words; only a part wider than a line itself
    is cut between characters. The first piece fits ``first_room``, the rest
    ``room``."""
    groups: list[list[str]] = []  # atoms glued by the marks' rule, as in _units
    glue_next = False
    for m in _ATOM.finditer(unit):
        atom = m.group()
        if groups and (glue_next or atom[0] in ALL_CANNOT_START or atom == " "):
            groups[-1].append(atom)
        else:
            groups.append([atom])
        glue_next = atom[-1] in ALL_CANNOT_END or atom == " "
    parts: list[str] = []
    for group in groups:
        if text_width("".join(group), size) <= room:
            parts.append("".join(group))
            continue
        # too wide even so: the marks give way first, a figure only if it must
        for atom in group:
            parts.extend(atom if text_width(atom, size) > room else [atom])
    pieces: list[str] = []
    current, used, limit = "", 0.0, first_room
    for part in parts:
        w = text_width(part, size)
        if current and used + w > limit:
            pieces.append(current)
            current, used, limit = "", 0.0, room
        current += part
        used += w
    if current:
        pieces.append(current)
    return [piece.strip() for piece in pieces]


def break_lines(text: str, width: float, size: float) -> list[str]:
    """The lines of ``text`` in a column ``width`` points wide at ``size`` points.

    Line breaks in the text are kept; runs of spaces read as one space, and
    lines start and end without one (as ReportLab cleans paragraph text).
    """
    room = max(width - MARGIN, 0.0)
    space_w = text_width(" ", size)
    lines: list[str] = []
    for hard in text.split("\n"):
        current, used = "", 0.0
        for space, unit in _units(hard.strip()):
            w = text_width(unit, size)
            gap = space_w if space and current else 0.0
            if current and used + gap + w <= room:
                current += (" " if gap else "") + unit
                used += gap + w
                continue
            if w <= room:
                if current:
                    lines.append(current)
                current, used = unit, w
                continue
            # wider than a line: fill the current line, then whole lines
            left = room - used - gap if current else room
            pieces = _cut(unit, room, max(left, 0.0), size)
            if current and text_width(pieces[0], size) <= left:
                lines.append(current + (" " if gap else "") + pieces[0])
                pieces = pieces[1:]
            else:
                if current:
                    lines.append(current)
                pieces = _cut(unit, room, room, size)
            lines.extend(pieces[:-1])
            current = pieces[-1] if pieces else ""
            used = text_width(current, size)
        lines.append(current)
    return lines


__all__ = ["break_lines", "char_width", "text_width"]
