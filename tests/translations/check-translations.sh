#!/usr/bin/env bash
# Fails when a user-facing string in ui/ or app/ has no translation in a .ts file: runs lupdate on a
# copy of each file (so the tree is untouched) and counts unfinished or empty translations.
set -euo pipefail
LUPDATE="$1"; SRC="$2"; shift 2
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
status=0
for ts in "$@"; do
  name="$(basename "$ts")"
  lang="${name#collectdesk_}"; lang="${lang%.ts}"
  cp "$ts" "$tmp/$name"
  "$LUPDATE" -silent -no-obsolete -locations none -target-language "$lang" "$SRC/ui" "$SRC/app" -ts "$tmp/$name"
  missing="$(grep -c 'type="unfinished"' "$tmp/$name" || true)"
  if [ "$missing" != "0" ]; then
    echo "$name: $missing string(s) without a translation:"
    grep -B3 'type="unfinished"' "$tmp/$name" | grep -o '<source>.*</source>' | sed 's/^/  /'
    status=1
  else
    echo "$name: complete ($(grep -c '<message' "$tmp/$name") messages)"
  fi
done
exit $status
