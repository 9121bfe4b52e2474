#!/usr/bin/env bash
# Translations of the workstation (CONTRACTS.md, "Translation").
#
#   tools/i18n.sh update   collect source strings into resources/i18n/*.ts
#   tools/i18n.sh build    compile the .ts files into the committed .qm files
#   tools/i18n.sh status   list the Chinese strings still to translate
#   tools/i18n.sh fill T   fill unfinished Chinese from table T (context<TAB>source
#                          <TAB>中文 a line, see tools/i18n_fill.py), then update
#
# English source strings live in the code: self.tr(...) / QCoreApplication
# .translate(...) in ui/, tr_noop(...) in domain/, storage/ and cli/ (those land
# in the empty context, see domain/i18n.py). After `update`, fill in the Chinese
# with Qt Linguist (uv run pyside6-linguist resources/i18n/fcw_zh_CN.ts), then
# `build` and commit both the .ts and the .qm files.
set -euo pipefail
cd "$(dirname "$0")/.."

LANGS=(zh_CN en_US)
# Where the .ts/.qm files go (tests point this at a temporary copy).
OUT="${FCW_I18N_DIR:-resources/i18n}"
# The tools of the project's environment; tests pass the venv's own.
LUPDATE="${LUPDATE:-uv run pyside6-lupdate}"
LRELEASE="${LRELEASE:-uv run pyside6-lrelease}"

sources() {
    # Every Python file of the layers that show text, plus main.py.
    find ui domain storage cli -name '*.py' -not -path '*/migrations/versions/*' | sort
    echo main.py
}

case "${1:-}" in
update)
    mapfile -t files < <(sources)
    for lang in "${LANGS[@]}"; do
        $LUPDATE -silent -locations none -no-obsolete \
            -tr-function-alias QT_TR_NOOP+=tr_noop \
            -source-language en_US -target-language "$lang" \
            "${files[@]}" -ts "$OUT/fcw_${lang}.ts"
    done
    ;;
build)
    for lang in "${LANGS[@]}"; do
        $LRELEASE -silent "$OUT/fcw_${lang}.ts" -qm "$OUT/fcw_${lang}.qm"
    done
    ;;
status)
    python3 - "$OUT/fcw_zh_CN.ts" <<'PY'
import sys
import xml.etree.ElementTree as ET

todo = 0
for context in ET.parse(sys.argv[1]).getroot().iter("context"):
    name = context.findtext("name") or ""
    for message in context.iter("message"):
        tr = message.find("translation")
        texts = [tr.text or ""] + [f.text or "" for f in tr] if tr is not None else [""]
        if tr is None or tr.get("type") == "unfinished" or not any(t.strip() for t in texts):
            todo += 1
            print(f"{name or '(domain)'}\t{message.findtext('source')}")
print(f"{todo} to translate", file=sys.stderr)
sys.exit(1 if todo else 0)
PY
    ;;
fill)
    "$0" update  # the code's newest strings first
    uv run python tools/i18n_fill.py "$OUT/fcw_zh_CN.ts" "${2:?table file}"
    "$0" update  # back to lupdate's own layout
    ;;
*)
    echo "usage: $0 update|build|status|fill TABLE" >&2
    exit 2
    ;;
esac
