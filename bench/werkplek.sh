#!/usr/bin/env bash
# Benchmark of the werkplek on caseloads of growing size: the caseload page,
# the "Wat komt eraan" page and one case page, each the median of RUNS
# requests after the first (which fills the in-memory index), and the first
# request itself.
#
#   bash bench/werkplek.sh                      # 10, 1,000 and 10,000 journals
#   SIZES="10 1000" RUNS=11 bash bench/werkplek.sh
#   BIN=target/debug/spoor2 bash bench/werkplek.sh   # without a release build
#
# Needs curl. Prints a Markdown table with milliseconds and the ratio to the
# smallest caseload.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-"10 1000 10000"}
RUNS=${RUNS:-21}
WORK=${WORK:-target/bench-werkplek}
BIN=${BIN:-target/release/spoor2}
PEIL=2027-06-01

if [ "$BIN" = target/release/spoor2 ]; then cargo build --release --quiet; fi
mkdir -p "$WORK"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# Milliseconds of one request, as curl measures it.
ms() { curl -s -o /dev/null -w '%{time_total}\n' -b "$JAR" "$1" | awk '{printf "%.1f\n", $1 * 1000}'; }

declare -A FIRST LIST AGENDA CASE
for n in $SIZES; do
  dir="$WORK/$n"
  if [ ! -d "$dir/caseload" ]; then
    mkdir -p "$dir"
    "$BIN" genereer --aantal "$n" -o "$dir/caseload" >/dev/null 2>&1
  fi
  "$BIN" werkplek "$dir/caseload" --peildatum "$PEIL" > "$dir/adres.txt" 2>/dev/null &
  pid=$!
  for _ in $(seq 100); do [ -s "$dir/adres.txt" ] && break; sleep 0.1; done
  url=$(head -1 "$dir/adres.txt")
  base=${url%%/\?token=*}
  JAR="$dir/cookies.txt"
  rm -f "$JAR"
  # The first visit: the token becomes a cookie, and the index is filled.
  FIRST[$n]=$(curl -s -o /dev/null -w '%{time_total}' -c "$JAR" -b "$JAR" -L "$url" | awk '{printf "%.0f", $1 * 1000}')
  one=$(cd "$dir/caseload" && find . -name '*.yaml' | sort | sed -n '1s|^\./||p')
  LIST[$n]=$(for _ in $(seq "$RUNS"); do ms "$base/"; done | median)
  AGENDA[$n]=$(for _ in $(seq "$RUNS"); do ms "$base/agenda"; done | median)
  CASE[$n]=$(for _ in $(seq "$RUNS"); do ms "$base/dossier?bestand=$one"; done | median)
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
done

smallest=${SIZES%% *}
echo "## spoor2 werkplek: median of $RUNS requests, $(nproc) cores, $(basename "$BIN") build"
echo
echo "| journals | first visit (ms) | caseload page (ms) | ratio | Wat komt eraan (ms) | case page (ms) |"
echo "| --- | --- | --- | --- | --- | --- |"
for n in $SIZES; do
  ratio=$(awk -v a="${LIST[$n]}" -v b="${LIST[$smallest]}" 'BEGIN {printf "%.1fx", a / b}')
  echo "| $n | ${FIRST[$n]} | ${LIST[$n]} | $ratio | ${AGENDA[$n]} | ${CASE[$n]} |"
done
