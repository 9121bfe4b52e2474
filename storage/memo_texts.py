"""The memo's own text blocks and Chinese labels (``resources/memo/texts.toml``).

The command line has no Qt and so no ``.qm`` translations: it translates the
memo with :func:`memo_translate`, built from this file. The GUI may pass its
Qt translate function as ``base``: Qt's translation wins where it has one, and
this table fills the rest.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from xml.etree import ElementTree

from domain.errors import RulePackError
from domain.i18n import CONTEXT, Message, Translate, identity_translate, tr_noop
from domain.memo import MemoTexts
from domain.paths import resource_path

LANGUAGES = ("zh_CN", "en_US")
DEFAULT_LANGUAGE = "zh_CN"


@dataclass(frozen=True)
class MemoTextFile:
    texts: MemoTexts  # English source of the long blocks
    zh: dict[str, str]  # English source → Simplified Chinese


def _broken(path: Path, why: str) -> RulePackError:
    return RulePackError(
        Message(tr_noop("{file}: {why}"), {"file": str(path), "why": why}), field=str(path)
    )


def read_memo_texts(path: Path) -> MemoTextFile:
    """Read a memo text file; a missing or malformed file raises a named error."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise _broken(path, str(exc)) from exc
    zh: dict[str, str] = {}
    for key, value in data.get("zh", {}).items():
        if not isinstance(value, str):
            raise _broken(path, f"zh.{key} is not text")
        zh[str(key)] = value
    decl = data.get("declaration", {})
    if not isinstance(decl.get("en"), str) or not isinstance(decl.get("zh"), str):
        raise _broken(path, "declaration needs en and zh")
    zh[decl["en"]] = decl["zh"]
    intros: dict[str, str] = {}
    for number, block in data.get("intros", {}).items():
        if not isinstance(block, dict) or not isinstance(block.get("en"), str):
            raise _broken(path, f"intros.{number} needs en")
        intros[str(number)] = block["en"]
        if isinstance(block.get("zh"), str):
            zh[block["en"]] = block["zh"]
    return MemoTextFile(MemoTexts(declaration=decl["en"], intros=intros), zh)


@cache
def memo_text_file() -> MemoTextFile:
    """The shipped memo texts, read once per process."""
    return read_memo_texts(resource_path("memo", "texts.toml"))


def read_ts_translations(path: Path) -> dict[str, str]:
    """Finished translations of the empty context of a Qt Linguist ``.ts`` file
    (the strings ``domain`` and ``storage`` mark with tr_noop)."""
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError):
        return {}
    table: dict[str, str] = {}
    for context in root.iter("context"):
        if (context.findtext("name") or "") != CONTEXT:
            continue
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or not node.text:
                continue
            if node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            table[source] = node.text
    return table


@cache
def zh_table() -> dict[str, str]:
    """The memo's Chinese: the application's ``.ts`` translations (check names,
    flag messages …) overlaid with the memo's own labels and text blocks."""
    table = read_ts_translations(resource_path("i18n", "fcw_zh_CN.ts"))
    table.update(memo_text_file().zh)
    return table


def memo_translate(language: str = DEFAULT_LANGUAGE, base: Translate | None = None) -> Translate:
    """A ``translate(context, text)`` for the memo in ``language``.

    English returns the source (or ``base``'s answer). Chinese asks ``base``
    first (Qt in the GUI) and falls back to the memo's own table, then to the
    application's ``.ts`` file (the command line has no Qt to read ``.qm``).
    """
    if language != "zh_CN":
        return base or identity_translate
    table = zh_table()

    def translate(context: str, text: str) -> str:
        if base is not None:
            answer = base(context, text)
            if answer and answer != text:
                return answer
        return table.get(text, text)

    return translate
