"""Fill unfinished Chinese translations of a Qt Linguist file from a table.

    uv run python tools/i18n_fill.py resources/i18n/fcw_zh_CN.ts TABLE.tsv

TABLE.tsv: one ``context<TAB>English source<TAB>中文`` a line (context may be
empty or ``*`` for any context; ``\\n`` stands for a line break). Only messages
still unfinished or empty are filled; finished ones are left alone. Prints the
messages still unfinished afterwards. Used for translation sweeps alongside
``tools/i18n.sh``.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def read_table(path: Path) -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        context, source, target = line.split("\t")
        table[(context, source.replace("\\n", "\n"))] = target.replace("\\n", "\n")
    return table


def fill(ts: Path, table: dict[tuple[str, str], str]) -> list[tuple[str, str]]:
    text = ts.read_text(encoding="utf-8")
    tree = ET.ElementTree(ET.fromstring(text))
    left: list[tuple[str, str]] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            if node is None:
                node = ET.SubElement(message, "translation")
            forms = [node.text or ""] + [form.text or "" for form in node]
            done = node.get("type") != "unfinished" and any(f.strip() for f in forms)
            if done:
                continue
            target = table.get((name, source)) or table.get(("*", source))
            if target is None:
                left.append((name, source))
                continue
            node.text = target
            node.attrib.pop("type", None)
    head = text[: text.index("<TS")]
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(head + body + "\n", encoding="utf-8")
    return left


if __name__ == "__main__":
    remaining = fill(Path(sys.argv[1]), read_table(Path(sys.argv[2])))
    for context, source in remaining:
        print(f"{context or '(domain)'}\t{source}")
    print(f"{len(remaining)} left", file=sys.stderr)
