"""Text in the order a Chinese reader expects (拼音 order for common characters).

GB 2312's level-1 characters (the 3,755 most common) are laid out by their
pinyin, and GB 18030 keeps that layout, so the GB 18030 bytes of a text sort
安吉 < 北仑 < 慈溪 < 德清 where Unicode code points would give 北仑 < 安吉 <
德清 < 慈溪. Rarer characters follow by radical and strokes, Latin letters
before all of them, case-insensitively. The key is plain bytes, so it can be
stored beside a name and sorted by the database.
"""

from __future__ import annotations


def sort_key(text: str) -> bytes:
    """The sort key of ``text`` (see the module docstring)."""
    return text.strip().casefold().encode("gb18030", errors="replace")
