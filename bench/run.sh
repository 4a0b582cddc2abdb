#!/usr/bin/env bash
# Benchmark of batch rendering on a synthetic caseload.
#
#   bash bench/run.sh              # 1,000 journals, 3 runs per setting
#   N=10000 RUNS=1 bash bench/run.sh
#   TYPST=typst bash bench/run.sh  # also compare with the typst CLI
#
# Builds the release binary, generates N journals with one ~3-page
# voortgangsrapportage each (fixed seed), and reports the median wall time
# and documents per second at 1 job and at all cores, peak memory, the time
# per stage (from a 1-job run, where stages do not overlap), and a re-run with
# nothing changed. With TYPST set to a typst CLI (0.15), the same generated
# sources (--emit-typst) are also compiled one process per file with the same
# number of parallel jobs. Needs GNU time (/usr/bin/time, Debian: time).
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-1000}
RUNS=${RUNS:-3}
ALL=$(nproc)
WORK=${WORK:-target/bench}
BIN=target/release/spoor2
PEIL=2027-06-01

cargo build --release --quiet
rm -rf "$WORK"
mkdir -p "$WORK"
"$BIN" genereer --aantal "$N" -o "$WORK/caseload" 2>/dev/null

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# Prints "seconds peak_kb" of one forced render.
render_once() {
  /usr/bin/time -f "%e %M" -o "$WORK/time.txt" \
    "$BIN" render "$WORK/caseload" -o "$WORK/out" --force --quiet --jobs "$1" --peildatum $PEIL >/dev/null 2>&1 || true
  cat "$WORK/time.txt"
}

declare -A SECS MEM
for jobs in 1 "$ALL"; do
  : > "$WORK/runs.txt"
  for _ in $(seq "$RUNS"); do render_once "$jobs" >> "$WORK/runs.txt"; done
  SECS[$jobs]=$(cut -d' ' -f1 "$WORK/runs.txt" | median)
  MEM[$jobs]=$(cut -d' ' -f2 "$WORK/runs.txt" | sort -n | tail -1)
done
docs=$(find "$WORK/out" -name '*.pdf' | wc -l)

# Nothing changed: everything is up to date.
/usr/bin/time -f "%e" -o "$WORK/time.txt" \
  "$BIN" render "$WORK/caseload" -o "$WORK/out" --quiet --peildatum $PEIL >/dev/null 2>&1 || true
rerun=$(cat "$WORK/time.txt")

echo "## spoor2 benchmark: $N journals, $docs documents, $(nproc) cores, median of $RUNS"
echo
echo "| jobs | wall (s) | documents/s | peak memory (MB) |"
echo "| --- | --- | --- | --- |"
for jobs in 1 "$ALL"; do
  rate=$(awk -v d="$docs" -v s="${SECS[$jobs]}" 'BEGIN {printf "%.0f", d / s}')
  echo "| $jobs | ${SECS[$jobs]} | $rate | $(( ${MEM[$jobs]} / 1024 )) |"
done
awk -v a="${SECS[1]}" -v b="${SECS[$ALL]}" -v n="$ALL" 'BEGIN {printf "\nSpeed-up 1 -> %d jobs: %.2fx\n", n, a / b}'
echo "Re-run with nothing changed: ${rerun} s"
echo
echo "Time per stage (1 job, summed):"
echo '```'
"$BIN" render "$WORK/caseload" -o "$WORK/out" --force --quiet --jobs 1 --tijden --peildatum $PEIL 2>&1 >/dev/null | grep ' %$' || true
echo '```'

if [ -n "${TYPST:-}" ]; then
  rm -rf "$WORK/emit"
  "$BIN" render "$WORK/caseload" -o "$WORK/emit" --force --quiet --emit-typst --peildatum $PEIL >/dev/null 2>&1 || true
  cp templates/spoor2.typ "$WORK/emit/"
  find "$WORK/emit" -name '*.pdf' -delete
  ( cd "$WORK/emit" && ls ./*.typ | grep -v spoor2.typ > files.txt )
  start=$(date +%s.%N)
  ( cd "$WORK/emit" && xargs -P "$ALL" -n 1 -a files.txt \
      "$TYPST" compile --root . --font-path ../../../fonts --ignore-system-fonts --pdf-standard a-2b >/dev/null 2>&1 )
  end=$(date +%s.%N)
  cli=$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f", b - a}')
  made=$(find "$WORK/emit" -name '*.pdf' | wc -l)
  echo
  echo "typst CLI ($("$TYPST" --version)), one process per file, $ALL parallel: $made documents in ${cli} s"
  awk -v c="$cli" -v s="${SECS[$ALL]}" 'BEGIN {printf "spoor2 in-process is %.1fx the throughput\n", c / s}'
fi
