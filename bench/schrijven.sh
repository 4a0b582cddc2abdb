#!/usr/bin/env bash
# What a safe write of a journal costs: `spoor2 toevoegen` without history,
# with history (git), and eight at once on one journal.
#
#   bash bench/schrijven.sh                      # release build, 15 runs each
#   BIN=target/debug/spoor2 RUNS=5 bash bench/schrijven.sh
#
# Each run adds one activity to a copy of tests/fixtures/bewerken/dossier.yaml
# that is put back before the next run (with history: the repository is reset
# too), so every run does the same work. Prints the median wall time in
# milliseconds of each setting. Needs GNU date with %N.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-15}
BIN=${BIN:-target/release/spoor2}
WORK=${WORK:-target/bench-schrijven}
PEIL=2026-04-20

if [ "$BIN" = target/release/spoor2 ]; then cargo build --release --quiet; fi
BIN=$(realpath "$BIN")
rm -rf "$WORK"
mkdir -p "$WORK/zonder" "$WORK/met"
cp tests/fixtures/bewerken/dossier.yaml "$WORK/zonder/dossier.yaml"
cp tests/fixtures/bewerken/dossier.yaml "$WORK/met/dossier.yaml"
cp "$WORK/zonder/dossier.yaml" "$WORK/origineel.yaml"
"$BIN" geschiedenis --aanzetten "$WORK/met" >/dev/null
BASE=$(git -C "$WORK/met" rev-parse HEAD)

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

add() { # folder, day
  "$BIN" toevoegen "$1/dossier.yaml" activiteit --datum "2026-04-$2" --soort coachingsgesprek \
    --omschrijving "Meting." --peildatum $PEIL --niet-vragen >/dev/null 2>&1
}

one() { # folder
  for _ in $(seq "$RUNS"); do
    cp "$WORK/origineel.yaml" "$1/dossier.yaml"
    rm -f "$1/dossier.yaml.vorige"
    if [ -d "$1/.git" ]; then git -C "$1" reset -q --hard "$BASE"; fi
    t=$(date +%s%N); add "$1" 02; ms "$t"
  done | median
}

eight() { # folder
  for _ in $(seq "$RUNS"); do
    cp "$WORK/origineel.yaml" "$1/dossier.yaml"
    if [ -d "$1/.git" ]; then git -C "$1" reset -q --hard "$BASE"; fi
    t=$(date +%s%N)
    for d in 01 02 03 04 05 06 07 08; do add "$1" "$d" & done
    wait
    ms "$t"
  done | median
}

echo "toevoegen, one write, no history:    $(one "$WORK/zonder") ms"
echo "toevoegen, one write, with history:  $(one "$WORK/met") ms"
echo "eight at once on one journal, no history:   $(eight "$WORK/zonder") ms"
echo "eight at once on one journal, with history: $(eight "$WORK/met") ms"
