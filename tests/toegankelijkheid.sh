#!/usr/bin/env bash
# Accessibility as an independent checker sees it: renders the samples'
# reports, WIA dossiers, caseload overview and yearly figures and runs outloud (PDF/UA-1
# Matterhorn, WCAG 2.2 and semantic checks) on them. Fails on any error or
# warning. Run from the repository root; CI runs it after the tests.
#
# outloud comes from PyPI; when it is not on PATH it is installed once into
# target/outloud (a virtual environment), pinned to the version below.
set -euo pipefail
cd "$(dirname "$0")/.."

versie=0.2.1
outloud=outloud
if ! command -v outloud >/dev/null 2>&1; then
    venv=target/outloud
    if [ ! -x "$venv/bin/outloud" ]; then
        python3 -m venv "$venv"
        "$venv/bin/pip" install --quiet "outloud==$versie"
    fi
    outloud="$venv/bin/outloud"
fi

uit=target/toegankelijkheid
rm -rf "$uit"
mkdir -p "$uit"
spoor2=(cargo run --quiet --)
"${spoor2[@]}" render samples -o "$uit" >/dev/null
for dossier in samples/*.yaml; do
    naam=$(basename "$dossier" .yaml)
    [ "$naam" = bureau ] && continue
    "${spoor2[@]}" dossier "$dossier" --datum 2026-11-24 -o "$uit/$naam-wia-dossier.pdf" >/dev/null
done
"${spoor2[@]}" overzicht samples --peildatum 2026-11-24 -o "$uit/overzicht.pdf" >/dev/null 2>&1
# Past the samples' retention terms: the overview with its removal list.
"${spoor2[@]}" overzicht samples --peildatum 2028-09-01 -o "$uit/overzicht-bewaartermijn.pdf" >/dev/null 2>&1
"${spoor2[@]}" jaarcijfers samples --jaar 2026 -o "$uit/jaarcijfers-2026.pdf" >/dev/null

# PAG-001 (a line at the same place on three or more pages is a running
# head tagged as content) is not run on the WIA dossiers: each embedded
# report ends with the same section, "Visie van de werknemer", kept with its
# signatures and so often at the top of a page. It is a real heading, and
# the dossiers' running heads are artifacts, as the other documents show.
"$outloud" --fail-on warning --no-info $(ls "$uit"/*.pdf | grep -v -- -wia-dossier.pdf)
"$outloud" --fail-on warning --no-info --skip PAG-001 "$uit"/*-wia-dossier.pdf
