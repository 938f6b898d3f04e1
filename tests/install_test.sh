#!/usr/bin/env bash
# Installs the build into a temporary prefix, checks that exactly the stage
# contracts are installed as headers, then configures, builds and runs
# tests/consumer, a project that uses find_package(dipgraph).
# Usage: install_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cmake --install "$build" --prefix "$tmp/prefix" >/dev/null
headers=$(cd "$tmp/prefix/include" && find . -type f | sort | tr '\n' ' ')
want="./dipgraph/common/event.h ./dipgraph/common/event_chunks.h ./dipgraph/common/event_formats.h ./dipgraph/common/event_io.h ./dipgraph/common/event_view.h ./dipgraph/common/files.h ./dipgraph/common/output_file.h ./dipgraph/common/status.h ./dipgraph/extract/dict/codebook.h ./dipgraph/extract/extract.h ./dipgraph/extract/pipeline/pipeline.h ./dipgraph/extract/read/document.h ./dipgraph/graph/dedup.h ./dipgraph/graph/graph.h ./dipgraph/graph/names.h ./dipgraph/graph/store.h ./dipgraph/render/render.h "
if [ "$headers" != "$want" ]; then
  echo "installed headers: $headers" >&2
  echo "expected:          $want" >&2
  exit 1
fi
cmake -S "$src/tests/consumer" -B "$tmp/consumer" -DCMAKE_PREFIX_PATH="$tmp/prefix" >/dev/null
cmake --build "$tmp/consumer" >/dev/null
test -x "$tmp/prefix/bin/dipgraph"
test -f "$tmp/prefix/share/dipgraph/cameo/cameo.tsv"
out=$(DIPGRAPH_DATA="$tmp/prefix/share/dipgraph" "$tmp/consumer/consumer" \
        "$src/data/samples/01-kremlin-white-house-call.txt" \
        "$src/data/samples/events.jsonl")
echo "$out"
# The numbers: the events the extractor codes in the sample article (as
# `dipgraph extract` does), the 66 sample events, their countries.
want_out="$(DIPGRAPH_DATA="$src/data" "$build/cli/dipgraph" -q extract \
             "$src/data/samples/01-kremlin-white-house-call.txt" | wc -l) events coded, 66 events read, "
case "$out" in
  "$want_out"*" countries, a DOT graph, codebook 311 codes") ;;
  *) echo "unexpected output (expected \"$want_out… countries, a DOT graph, codebook 311 codes\")" >&2; exit 1 ;;
esac

# The Python package, where /usr/bin/python3 finds it for such a prefix
# (python/CMakeLists.txt), importable and working from there.
if [ -d "$build/python" ]; then
  site=$(echo "$tmp"/prefix/lib/python3.*/site-packages)
  for f in __init__.py _network.py; do test -f "$site/dipgraph/$f"; done
  ls "$site"/dipgraph/_dipgraph*.so >/dev/null
  got=$(cd "$tmp" && PYTHONPATH="$site" /usr/bin/python3 -c '
import dipgraph
(e,) = dipgraph.extract("Putin urged Obama to facilitate talks.", date="2016-07-07")
print(dipgraph.__file__.startswith("'"$site"'"), e["source"]["id"], e["action"]["cameo"], e["target"]["id"])')
  if [ "$got" != "True RUSGOV 026 USAGOV" ]; then
    echo "installed Python module: got \"$got\"" >&2
    exit 1
  fi
  echo "python: $got"
fi
