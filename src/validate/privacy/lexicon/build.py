#!/usr/bin/env python3
"""Renew woorden.txt, the Dutch word list the privacy check splits
compounds with, from OpenTaal's word list.

OpenTaal's list ships as Debian's `wdutch` package (/usr/share/dict/dutch)
and inside its Hunspell dictionary; its licence (BSD or CC BY 3.0, at the
user's choice) is in OPENTAAL-LICENTIE.txt beside this script.

    apt-get install wdutch
    python3 src/validate/privacy/lexicon/build.py [/usr/share/dict/dutch]

Kept: words that start with a lower-case letter (no names), of letters and
hyphens only, normalised as the check normalises a word (lower case, hyphens
dropped, the accents of a, e, i, o, u removed), at least three letters,
sorted by their UTF-8 bytes (the check looks them up by binary search) and
without duplicates.
"""

import pathlib
import sys

ACCENTS = {}
for plain, marked in {"a": "áàäâ", "e": "éèëê", "i": "íìïî", "o": "óòöô", "u": "úùüû"}.items():
    for c in marked:
        ACCENTS[c] = plain


def normalise(word: str) -> str:
    return "".join(
        ACCENTS.get(c, c) for c in word.lower() if c != "-" and not c.isdigit()
    )


def main() -> None:
    source = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/dict/dutch")
    words = set()
    for line in source.read_text(encoding="utf-8").splitlines():
        word = line.strip()
        if not word or not word[0].islower():
            continue
        if not all(c.isalpha() or c == "-" for c in word):
            continue
        norm = normalise(word)
        if len(norm) >= 3:
            words.add(norm)
    out = pathlib.Path(__file__).with_name("woorden.txt")
    ordered = sorted(words, key=lambda w: w.encode("utf-8"))
    out.write_text("\n".join(ordered) + "\n", encoding="utf-8")
    print(f"{out}: {len(ordered)} woorden uit {source}")


if __name__ == "__main__":
    main()
