#!/usr/bin/env bash
# Installs the build into a temporary prefix, then configures, builds and runs
# tests/consumer, a project that uses find_package(dipgraph).
# Usage: install_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cmake --install "$build" --prefix "$tmp/prefix" >/dev/null
cmake -S "$src/tests/consumer" -B "$tmp/consumer" -DCMAKE_PREFIX_PATH="$tmp/prefix" >/dev/null
cmake --build "$tmp/consumer" >/dev/null
test -x "$tmp/prefix/bin/dipgraph"
test -f "$tmp/prefix/share/dipgraph/cameo/cameo.tsv"
out=$(DIPGRAPH_DATA="$tmp/prefix/share/dipgraph" "$tmp/consumer/consumer" "$src/data/samples/events.jsonl")
echo "$out"
case "$out" in
  *" events, codebook 311 codes") ;;
  *) echo "unexpected output" >&2; exit 1 ;;
esac
