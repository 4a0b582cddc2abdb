//! The privacy check: text that reaches the employer must describe
//! functioning, not medicine.
//!
//! The AP's policy rules "De zieke werknemer" (2016) forbid giving the
//! employer the diagnosis, the name of the illness, therapy or treatment,
//! medication or other medical details, consent notwithstanding. Every text
//! field that is rendered into a PDF (every string in the journal except
//! `notities` and `privacy_akkoord`) is scanned for a curated list of Dutch
//! terms, with inflections and compounds. A case can accept a flagged word
//! with a recorded reason in `privacy_akkoord`.

use crate::diag::Finding;
use crate::journal::PrivacyAkkoord;
use crate::journal::yaml::{Mark, Node};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Category {
    Diagnosis,
    Treatment,
    Medication,
    Practitioner,
}

impl Category {
    fn describe(self) -> &'static str {
        match self {
            Category::Diagnosis => "een diagnose of ziekte",
            Category::Treatment => "een behandeling",
            Category::Medication => "medicatie",
            Category::Practitioner => "een medisch behandelaar",
        }
    }
}

#[derive(Debug, Clone, Copy)]
enum Kind {
    /// The stem with an inflection, or as either part of a compound
    /// ("fysiotherapie", "therapiesessie").
    Word,
    /// Any word starting with the stem ("psych" -> "psycholoog").
    Prefix,
}

struct Term {
    stem: &'static str,
    kind: Kind,
    category: Category,
}

const fn w(stem: &'static str, category: Category) -> Term {
    Term {
        stem,
        kind: Kind::Word,
        category,
    }
}

const fn p(stem: &'static str, category: Category) -> Term {
    Term {
        stem,
        kind: Kind::Prefix,
        category,
    }
}

use Category::{Diagnosis as D, Medication as M, Practitioner as P, Treatment as T};

/// The curated list. Stems are lower case without diacritics.
const TERMS: &[Term] = &[
    // Diagnoses and illnesses
    w("burnout", D),
    w("overspannen", D),
    w("overspannenheid", D),
    w("depressie", D),
    w("depressief", D),
    w("depressiev", D),
    w("depressiviteit", D),
    w("angststoornis", D),
    w("paniekstoornis", D),
    w("paniekaanval", D),
    w("stoornis", D),
    w("kanker", D),
    w("tumor", D),
    w("tumoren", D),
    w("leukemie", D),
    w("diabetes", D),
    w("suikerziekte", D),
    w("reuma", D),
    w("artrose", D),
    w("artritis", D),
    w("hernia", D),
    w("migraine", D),
    w("epilepsie", D),
    w("adhd", D),
    w("autisme", D),
    w("autistisch", D),
    w("bipolair", D),
    w("ptss", D),
    w("trauma", D),
    w("whiplash", D),
    w("beroerte", D),
    w("infarct", D),
    w("covid", D),
    w("fibromyalgie", D),
    w("astma", D),
    w("copd", D),
    w("dementie", D),
    w("schizofrenie", D),
    w("verslaving", D),
    w("alcoholisme", D),
    w("ziektebeeld", D),
    p("diagnos", D),
    p("gediagnost", D),
    p("psychos", D),
    p("psychisch", D),
    // Treatment
    w("therapie", T),
    w("therapeutisch", T),
    p("chemo", T),
    w("bestraling", T),
    w("operatie", T),
    w("geopereerd", T),
    w("revalidatie", T),
    w("ziekenhuis", T),
    w("ziekenhuisopname", T),
    w("ggz", T),
    // Medication
    w("medicatie", M),
    w("medicijn", M),
    w("medicijnen", M),
    w("antidepressiva", M),
    w("antidepressivum", M),
    w("pijnstiller", M),
    w("slaapmiddel", M),
    w("slaapmiddelen", M),
    w("insuline", M),
    // Practitioners
    p("psycholo", P),
    p("psychiat", P),
    p("psychotherap", T),
    w("therapeut", P),
    w("behandelaar", P),
    w("huisarts", P),
    w("neuroloog", P),
    w("cardioloog", P),
    w("oncoloog", P),
    w("orthopeed", P),
    w("reumatoloog", P),
    w("internist", P),
    // Medication names and drug classes
    w("paracetamol", M),
    w("ibuprofen", M),
    w("diclofenac", M),
    w("naproxen", M),
    w("tramadol", M),
    w("oxycodon", M),
    w("morfine", M),
    w("codeine", M),
    p("oxazepam", M),
    p("diazepam", M),
    p("lorazepam", M),
    p("temazepam", M),
    p("benzodiazepine", M),
    p("sertraline", M),
    p("paroxetine", M),
    p("citalopram", M),
    p("escitalopram", M),
    p("fluoxetine", M),
    p("venlafaxine", M),
    p("amitriptyline", M),
    p("methylfenidaat", M),
    w("ritalin", M),
    p("quetiapine", M),
    p("olanzapine", M),
    p("risperidon", M),
    p("metformine", M),
    p("prednison", M),
    p("antibiotic", M),
    p("antipsychotic", M),
    p("antihistamin", M),
    w("opioiden", M),
    w("opiaten", M),
    w("bloedverdunner", M),
    w("bloedverdunners", M),
    w("betablokker", M),
    w("betablokkers", M),
    w("statine", M),
    w("statines", M),
    w("kalmeringsmiddel", M),
    w("kalmeringsmiddelen", M),
    // Diagnostic procedures and imaging
    w("mri", T),
    w("mriscan", T),
    w("ctscan", T),
    w("echografie", T),
    w("rontgen", T),
    w("rontgenfoto", T),
    w("bloedonderzoek", T),
    w("bloedtest", T),
    w("biopsie", T),
    w("ecg", T),
    w("eeg", T),
    p("endoscop", T),
    p("coloscop", T),
    // Measurements of the body
    w("bloeddruk", D),
    w("bloedsuiker", D),
    w("bloedsuikerspiegel", D),
    w("cholesterol", D),
    w("longfunctie", D),
    w("bmi", D),
    // Medical specialists and specialisms
    w("cardiologie", P),
    w("neurologie", P),
    w("oncologie", P),
    w("orthopedie", P),
    w("reumatologie", P),
    w("longarts", P),
    w("oogarts", P),
    w("knoarts", P),
    p("dermatolo", P),
    p("gynaecolo", P),
    w("uroloog", P),
    w("chirurg", P),
    w("anesthesist", P),
    // Admissions
    w("kliniek", T),
    w("polikliniek", T),
    w("dagbehandeling", T),
    w("intensive", T),
];

/// Terms of art of the Wet verbetering poortwachter and of re-integration
/// that contain a medical word but describe work, not medicine: working
/// "op arbeidstherapeutische basis" is a re-integration step.
const TERMS_OF_ART: &[&str] = &[
    "arbeidstherapeutisch",
    "arbeidstherapeutische",
    "arbeidstherapie",
    "bedrijfsarts",
    "verzekeringsarts",
];

/// Ordinary words that contain a term but are not medical.
const ORDINARY: &[&str] = &[
    "kankeren",
    "kankerde",
    "kankerden",
    "kankert",
    "gekanker",
    "cooperatie",
    "cooperaties",
    "tumorale",
];

/// Inflection endings accepted after a stem.
const INFLECTIONS: &[&str] = &["", "s", "e", "en", "n", "es", "sen", "ische", "isch"];

/// Letters that must follow a stem before the rest counts as a compound.
const MIN_COMPOUND_PART: usize = 3;

/// A flagged word in one field.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub path: String,
    pub word: String,
    pub mark: Option<Mark>,
    category: Category,
}

/// Scans every employer-facing text in the tree; `source` locates words.
pub fn check(root: &Node, source: &str, accepted: &[PrivacyAkkoord]) -> Vec<Finding> {
    let mut hits = Vec::new();
    root.for_each_text(&["notities", "privacy_akkoord"], &mut |path, node, text| {
        // Names of organisations and people are names, not medical data
        // ("Huisartsenpraktijk Wilgenrode" as a workplace applied to).
        let last = path.rsplit('.').next().unwrap_or(path);
        if matches!(last, "werkgever" | "naam") {
            return;
        }
        for (word, category) in flagged_words(text) {
            let mark = locate_word(source, node.mark, &word);
            hits.push(Hit {
                path: path.to_string(),
                word,
                mark,
                category,
            });
        }
    });
    hits.into_iter()
        .filter(|h| !is_accepted(&h.word, accepted))
        .map(|h| {
            Finding::warning(h.path, warning_text(&h.word, h.category))
            .at(h.mark)
            .rule("privacy")
            .hint("beschrijf wat de werknemer wel en niet kan, niet de medische oorzaak of behandeling; staat het er bewust, leg het dan vast onder privacy_akkoord met de reden")
        })
        .collect()
}

/// The finding's text for a flagged word.
fn warning_text(word: &str, category: Category) -> String {
    format!(
        "'{word}' wijst op {}; medische gegevens mogen niet naar de werkgever (AP-beleidsregels De zieke werknemer)",
        category.describe()
    )
}

/// What the check would say about `text` as a field of a journal with the
/// `accepted` words: one warning per flagged word, as `check` words it.
/// The werkplek shows these while the coach types.
pub fn warnings(text: &str, accepted: &[PrivacyAkkoord]) -> Vec<String> {
    flagged_words(text)
        .into_iter()
        .filter(|(w, _)| !is_accepted(w, accepted))
        .map(|(w, c)| warning_text(&w, c))
        .collect()
}

/// The words of `text` that match a term, as written, with their category.
pub fn flagged(text: &str) -> Vec<String> {
    flagged_words(text).into_iter().map(|(w, _)| w).collect()
}

fn flagged_words(text: &str) -> Vec<(String, Category)> {
    let mut out: Vec<(String, Category)> = Vec::new();
    let all: Vec<&str> = words(text).collect();
    for (i, word) in all.iter().copied().enumerate() {
        let norm = normalise(word);
        if ORDINARY.contains(&norm.as_str()) || TERMS_OF_ART.contains(&norm.as_str()) {
            continue;
        }
        if is_name(text, word, all.get(i + 1).copied()) {
            continue;
        }
        if let Some(category) = match_term(&norm)
            && !out.iter().any(|(w, _)| w == word)
        {
            out.push((word.to_string(), category));
        }
    }
    out
}

/// Whether a word is part of a name, such as a workplace the employee
/// applied to ("Fysiotherapie Dwarsveld"): capitalised, and either inside a
/// sentence or followed by another capitalised word.
fn is_name(text: &str, word: &str, next: Option<&str>) -> bool {
    // Title case ("Fysiotherapie"), not an abbreviation ("MRI-scan", "EEG").
    let mut chars = word.chars();
    let title_case = chars.next().is_some_and(char::is_uppercase)
        && chars.next().is_some_and(char::is_lowercase);
    if !title_case {
        return false;
    }
    let at = word.as_ptr() as usize - text.as_ptr() as usize;
    let before = text[..at].trim_end();
    let sentence_start = before.is_empty() || before.ends_with(['.', '!', '?', ':', ';', '\n']);
    let next_capitalised = next.is_some_and(|n| n.chars().next().is_some_and(char::is_uppercase));
    !sentence_start || next_capitalised
}

/// Words: runs of letters, with inner hyphens kept ("burn-out").
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .map(|w| w.trim_matches('-'))
        .filter(|w| !w.is_empty())
}

/// Lower case, diacritics, digits and hyphens removed: "Burn-out" ->
/// "burnout", "coöperatie" -> "cooperatie", "covid-19" -> "covid".
fn normalise(word: &str) -> String {
    word.chars()
        .filter(|c| *c != '-' && !c.is_ascii_digit())
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'ä' | 'â' => 'a',
            'é' | 'è' | 'ë' | 'ê' => 'e',
            'í' | 'ì' | 'ï' | 'î' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' => 'o',
            'ú' | 'ù' | 'ü' | 'û' => 'u',
            c => c,
        })
        .collect()
}

fn match_term(norm: &str) -> Option<Category> {
    for term in TERMS {
        let hit = match term.kind {
            Kind::Prefix => norm.starts_with(term.stem),
            Kind::Word => word_matches(norm, term.stem),
        };
        if hit {
            return Some(term.category);
        }
    }
    None
}

fn word_matches(norm: &str, stem: &str) -> bool {
    // The stem is the head of the word, perhaps after a modifier of at
    // least three letters ("fysio|therapie", "borst|kanker").
    let mut start = 0;
    while let Some(found) = norm[start..].find(stem) {
        let at = start + found;
        let before = &norm[..at];
        let after = &norm[at + stem.len()..];
        let head_ok = before.is_empty() || before.chars().count() >= MIN_COMPOUND_PART;
        // After the stem: an inflection, or a further part of a compound
        // ("therapie|sessie", "kanker|behandeling").
        let tail_ok = INFLECTIONS.contains(&after) || after.chars().count() >= 4;
        if head_ok && tail_ok {
            return true;
        }
        start = at + 1;
        while !norm.is_char_boundary(start) {
            start += 1;
        }
    }
    false
}

fn is_accepted(word: &str, accepted: &[PrivacyAkkoord]) -> bool {
    let norm = normalise(word);
    accepted
        .iter()
        .any(|a| words(&a.tekst).any(|w| normalise(w) == norm))
}

/// Where `word` first appears in the source at or after `from`.
fn locate_word(source: &str, from: Mark, word: &str) -> Option<Mark> {
    let needle: Vec<char> = word.chars().flat_map(char::to_lowercase).collect();
    for (i, line) in source.lines().enumerate().skip(from.line.saturating_sub(1)) {
        let chars: Vec<char> = line.chars().flat_map(char::to_lowercase).collect();
        let first_col = if i + 1 == from.line {
            from.col.saturating_sub(1)
        } else {
            0
        };
        if chars.len() < needle.len() {
            continue;
        }
        for col in first_col..=chars.len() - needle.len() {
            if chars[col..col + needle.len()] == needle[..] {
                return Some(Mark {
                    line: i + 1,
                    col: col + 1,
                });
            }
        }
    }
    Some(from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflected_and_compound_forms_are_flagged() {
        for text in [
            "Zij heeft een burn-out gehad.",
            "Burnout-klachten nemen af.",
            "Hij is depressief geweest.",
            "een depressieve periode",
            "Na de hernia-operatie",
            "Zij volgt fysiotherapie.",
            "De therapiesessies lopen nog.",
            "borstkanker",
            "Zij gebruikt medicatie.",
            "afspraak bij de psycholoog",
            "de chemokuur is afgerond",
            "nieuwe medicijnen",
            "migraineaanvallen",
            "na covid-19",
            "psychische klachten",
        ] {
            assert!(!flagged(text).is_empty(), "{text:?} not flagged");
        }
    }

    #[test]
    fn ordinary_words_that_contain_a_term_are_not_flagged() {
        for text in [
            "Zij werkte bij een coöperatie.",
            "Het bedrijf is operationeel.",
            "Hij kankerde niet op zijn collega's.",
            "De ziekteperiode en het verzuim",
            "Belastbaarheid volgens de FML: tillen hooguit 5 kg.",
            "Medewerker klantenservice",
            "Hij leest een psychologische thriller? Nee: een roman.",
            "Ze is nu 5 kg lichter in tillen beperkt.",
        ] {
            let hits = flagged(text);
            let expected: Vec<String> = if text.contains("psychologische") {
                // A practitioner's adjective is flagged even in a novel: the
                // check is deliberately cautious and can be accepted.
                vec!["psychologische".into()]
            } else {
                vec![]
            };
            assert_eq!(hits, expected, "{text:?}");
        }
    }

    #[test]
    fn accepted_words_are_silent() {
        let accepted = [PrivacyAkkoord {
            tekst: "fysiotherapie".into(),
            reden: "werknemer wil dit zelf vermelden".into(),
        }];
        assert!(is_accepted("Fysiotherapie", &accepted));
        assert!(!is_accepted("therapie", &accepted));
    }

    #[test]
    fn words_are_located_in_block_text() {
        let source = "a:\n  tekst: |\n    Eerste regel.\n    Daarna fysiotherapie.\n";
        let mark = locate_word(source, Mark { line: 2, col: 10 }, "fysiotherapie");
        assert_eq!(mark, Some(Mark { line: 4, col: 12 }));
    }
}
