//! The privacy check's lexicon and its morphology.
//!
//! - `lexicon/termen.tsv` and `lexicon/medicatie.tsv`: Dutch medical words
//!   by kind (diagnoses, procedures, tests, practitioners, places of
//!   treatment, treatments, body functions and values, medicines by
//!   generic name, brand and class), written for this project and under
//!   its licence. A term with two or more capitals ("PSA", "HbA1c") is an
//!   abbreviation and counts only as written; every other term counts in
//!   any case.
//! - `lexicon/woorden.txt`: OpenTaal's Dutch word list (BSD or CC BY 3.0,
//!   `lexicon/OPENTAAL-LICENTIE.txt`), normalised and sorted by
//!   `lexicon/build.py`. It tells whether the letters around a term are
//!   words of their own, so that a term counts as a part of a compound
//!   ("hartklep|vervanging", "adalimumab|injectie") and not as letters
//!   inside another word ("assi|stent", "Noordz|eeg|ebied").
//!
//! Everything is embedded in the binary; nothing is read at run time.

use std::collections::HashMap;
use std::sync::OnceLock;

/// The kinds of the lexicon, as its files name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Soort {
    Diagnose,
    Ingreep,
    Onderzoek,
    Behandelaar,
    Behandelsetting,
    Behandeling,
    Lichaamsfunctie,
    Medicatie,
}

impl Soort {
    fn parse(name: &str) -> Option<Soort> {
        Some(match name {
            "diagnose" => Soort::Diagnose,
            "ingreep" => Soort::Ingreep,
            "onderzoek" => Soort::Onderzoek,
            "behandelaar" => Soort::Behandelaar,
            "behandelsetting" => Soort::Behandelsetting,
            "behandeling" => Soort::Behandeling,
            "lichaamsfunctie" => Soort::Lichaamsfunctie,
            "medicatie" => Soort::Medicatie,
            _ => return None,
        })
    }
}

const TERMEN: &str = include_str!("lexicon/termen.tsv");
const MEDICATIE: &str = include_str!("lexicon/medicatie.tsv");
const WOORDEN: &str = include_str!("lexicon/woorden.txt");

/// Terms of at most this many letters count only as a word of their own or
/// a part between hyphens ("echo", "scan"), never inside a compound.
const WHOLE_WORD_ONLY: usize = 4;

/// Terms that are figurative as the head of a compound with an ordinary
/// modifier.
const FIGURATIVE_HEADS: &[&str] = &["koorts", "dokter", "griep", "kater", "virus"];

/// The shortest word that counts as a part of a compound.
const MIN_PART: usize = 3;

/// Endings after a term that keep it the same word: plural, adjective,
/// genitive.
const ENDINGS: &[&str] = &[
    "", "s", "e", "en", "n", "es", "sen", "ische", "isch", "'s", "je", "tje", "jes", "tjes",
];

pub(crate) struct Lexicon {
    /// Terms in any case, normalised; pattern `i` of `automaton` is `terms[i]`.
    terms: Vec<(String, Soort)>,
    automaton: aho_corasick::AhoCorasick,
    /// Abbreviations, as written.
    written: HashMap<&'static str, Soort>,
}

/// The lexicon, built on first use.
pub(crate) fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut terms = Vec::new();
        let mut written = HashMap::new();
        for (soort, term) in entries() {
            if term.chars().filter(|c| c.is_uppercase()).count() >= 2 {
                written.insert(term, soort);
            } else {
                terms.push((super::normalise(term), soort));
            }
        }
        let automaton = aho_corasick::AhoCorasick::new(terms.iter().map(|(t, _)| t))
            .expect("the lexicon makes an automaton");
        Lexicon {
            terms,
            automaton,
            written,
        }
    })
}

/// Every line of the lexicon's files as (kind, term as written).
pub(crate) fn entries() -> impl Iterator<Item = (Soort, &'static str)> {
    TERMEN
        .lines()
        .chain(MEDICATIE.lines())
        .filter_map(|line| {
            let (soort, term) = line.split_once('\t')?;
            Some((Soort::parse(soort.trim())?, term.trim()))
        })
        .filter(|(_, term)| !term.is_empty())
}

impl Lexicon {
    /// The kind of the word `norm` (normalised; `written` as it stands), if
    /// a term of the lexicon is the word, or a part of it as a compound.
    /// Of several terms the longest decides.
    pub(crate) fn find(&self, norm: &str, written: &str) -> Option<Soort> {
        let bare = written.trim_end_matches("'s");
        if let Some(soort) = std::iter::once(bare)
            .chain(bare.split('-'))
            .find_map(|part| self.written.get(part))
        {
            return Some(*soort);
        }
        // An abbreviation typed in small letters ("paaz", "umc", "pmt"), when
        // it is no word of its own ("als" is not "ALS").
        if bare.len() >= 3
            && bare.chars().all(|c| c.is_ascii_lowercase())
            && !is_word(bare)
            && let Some(soort) = self.written.get(bare.to_uppercase().as_str())
        {
            return Some(*soort);
        }
        let parts: Vec<String> = written.split('-').map(super::normalise).collect();
        let mut best: Option<(usize, Soort)> = None;
        for m in self.automaton.find_overlapping_iter(norm) {
            let (term, soort) = &self.terms[m.pattern().as_usize()];
            let (before, after) = (&norm[..m.start()], &norm[m.end()..]);
            let whole = before.is_empty() && ends_word(term, after);
            let hit = if term.chars().count() <= WHOLE_WORD_ONLY {
                whole
                    || parts.iter().any(|p| {
                        p.strip_prefix(term.as_str())
                            .is_some_and(|rest| ends_word(term, rest))
                    })
            } else {
                whole
                    || ((before.is_empty() || is_modifier(before))
                        && (ends_word(term, after)
                            || is_compound(after)
                            // A spelling with a final e: "cortison|e|prik".
                            || linking_e(term, after))
                        // "goudkoorts", "fietsdokter": a modifier makes these
                        // figurative; the medical compounds ("hooikoorts")
                        // are terms of their own.
                        && (before.is_empty() || !FIGURATIVE_HEADS.contains(&term.as_str())))
            };
            if hit && best.is_none_or(|(len, _)| term.len() > len) {
                best = Some((term.len(), *soort));
            }
        }
        best.map(|(_, soort)| soort)
    }
}

/// Whether `after` ends the word `term`: an ending, or a plural with the
/// last consonant doubled ("aanval|len").
fn ends_word(term: &str, after: &str) -> bool {
    ENDINGS.contains(&after)
        || term.chars().last().is_some_and(|last| {
            !"aeiou".contains(last)
                && after
                    .strip_prefix(last)
                    .is_some_and(|r| matches!(r, "en" | "e" | "etje" | "etjes"))
        })
}

/// Whether `after` is a compound's head after an e that some spell at the
/// end of the term ("cortisone|prik" for "cortison").
fn linking_e(term: &str, after: &str) -> bool {
    term.chars()
        .last()
        .is_some_and(|last| !"aeiou".contains(last))
        && after.strip_prefix('e').is_some_and(is_compound)
}

/// Whether `word` is in OpenTaal's list (normalised).
pub(crate) fn is_word(word: &str) -> bool {
    static WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    WORDS
        .get_or_init(|| WOORDEN.lines().collect())
        .binary_search(&word)
        .is_ok()
}

/// Words of the list that are no part of a compound: articles and
/// particles ("des|infectie" is no compound).
const NO_PART: &[&str] = &[
    "des", "der", "den", "het", "een", "van", "met", "aan", "als", "dat", "die", "wat", "wie",
    "hoe", "nog", "ook", "per", "pro", "non", "dis", "con", "anti", "ante",
];

/// Whether `text` is one or more words of the list, of at least
/// [`MIN_PART`] letters each, perhaps joined by a linking "s"
/// ("geluid|s|kaart").
pub(crate) fn is_compound(text: &str) -> bool {
    let n = text.len();
    if n < MIN_PART {
        return false;
    }
    // reach[i]: text[..i] is a sequence of words.
    let mut reach = vec![false; n + 1];
    reach[0] = true;
    for i in 0..n {
        if !reach[i] || !text.is_char_boundary(i) {
            continue;
        }
        for j in (i + MIN_PART)..=n {
            if text.is_char_boundary(j) && is_word(&text[i..j]) && !NO_PART.contains(&&text[i..j]) {
                reach[j] = true;
                if j < n && text[j..].starts_with('s') {
                    reach[j + 1] = true;
                }
            }
        }
    }
    reach[n]
}

/// Whether `before` is the modifier of a compound: words of the list,
/// perhaps with a linking "s" or "e" at the end ("ziekenhuis|opname",
/// "rug|s|...").
fn is_modifier(before: &str) -> bool {
    is_compound(before)
        || before
            .strip_suffix('s')
            .or_else(|| before.strip_suffix('e'))
            .is_some_and(is_compound)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_list_is_sorted_and_normalised() {
        let words: Vec<&str> = WOORDEN.lines().collect();
        assert!(words.len() > 300_000, "{} woorden", words.len());
        assert!(words.windows(2).all(|w| w[0] < w[1]), "not sorted");
        assert!(
            words.iter().all(|w| *w == super::super::normalise(w)),
            "not normalised"
        );
    }

    #[test]
    fn every_line_of_the_lexicon_has_a_kind_and_no_term_is_listed_twice() {
        let mut seen = std::collections::HashSet::new();
        for line in TERMEN.lines().chain(MEDICATIE.lines()) {
            let (soort, term) = line.split_once('\t').expect("a tab");
            assert!(Soort::parse(soort).is_some(), "{line}");
            assert!(!term.contains(' '), "{line}");
            assert!(seen.insert(term.to_string()), "twice: {term}");
        }
        assert!(seen.len() > 3000, "{} termen", seen.len());
    }

    #[test]
    fn a_compound_splits_into_words_of_the_list() {
        assert!(is_compound("gebied"));
        assert!(is_compound("vervanging"));
        assert!(is_compound("noordzeegebied"));
        assert!(!is_compound("dinavie"));
        assert!(!is_compound("ebied"));
    }
}
