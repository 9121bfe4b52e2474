#!/usr/bin/env bash
# Translations of the workstation (CONTRACTS.md, "Translation").
#
#   tools/i18n.sh update   collect source strings into resources/i18n/*.ts
#   tools/i18n.sh build    compile the .ts files into the committed .qm files
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
*)
    echo "usage: $0 update|build" >&2
    exit 2
    ;;
esac
