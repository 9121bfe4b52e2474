"""Translation markers for code that must not import Qt.

`domain` and `storage` never translate text themselves (CONTRACTS.md,
"Translation"). They mark user-facing English source strings with
:func:`tr_noop` so that `pyside6-lupdate` can collect them, and hand a
:class:`Message` (message id + parameters) to the UI, which translates the id
with ``QCoreApplication.translate(context, id)`` and then formats it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

#: Translation context of strings marked with tr_noop: pyside6-lupdate, run with
#: ``-tr-function-alias QT_TR_NOOP+=tr_noop``, files them under the empty context.
CONTEXT = ""

Translate = Callable[[str, str], str]
"""``translate(context, source_text) -> text``; Qt's signature, injected by main.py."""


def tr_noop(text: str) -> str:
    """Mark ``text`` for translation without translating it (QT_TRANSLATE_NOOP)."""
    return text


def identity_translate(context: str, text: str) -> str:
    """The translate function used when no translator is installed (English)."""
    return text


@dataclass(frozen=True)
class Message:
    """A user-facing message: an English source id plus named parameters.

    The id is the English sentence with ``{name}`` placeholders; the UI
    translates the id and then substitutes the parameters.
    """

    msg_id: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self, translate: Translate = identity_translate) -> str:
        text = translate(CONTEXT, self.msg_id)
        # a parameter may itself be a Message (a translatable word inside a
        # formula or a threshold): it is rendered in the same language
        params = {
            k: v.render(translate) if isinstance(v, Message) else v for k, v in self.params.items()
        }
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            return text

    def __str__(self) -> str:
        return self.render()


_LIST = tr_noop("{first}, {rest}")


def listing(parts: Sequence[Message | str]) -> Message | str:
    """Several texts as one list: ``a, b, c`` in English, ``a、b、c`` in Chinese
    (the separator is translated, the parts are rendered in the same language)."""
    if not parts:
        return ""
    out: Message | str = parts[-1]
    for part in reversed(parts[:-1]):
        out = Message(_LIST, {"first": part, "rest": out})
    return out
