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

use super::lexicon::{Soort, lexicon};
use crate::diag::Finding;
use crate::journal::PrivacyAkkoord;
use crate::journal::yaml::{Mark, Node};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Category {
    Diagnosis,
    Treatment,
    Medication,
    Practitioner,
    Procedure,
    Examination,
    Setting,
    Detail,
}

impl From<Soort> for Category {
    fn from(soort: Soort) -> Category {
        match soort {
            Soort::Diagnose => Category::Diagnosis,
            Soort::Ingreep => Category::Procedure,
            Soort::Onderzoek => Category::Examination,
            Soort::Behandelaar => Category::Practitioner,
            Soort::Behandelsetting => Category::Setting,
            Soort::Behandeling => Category::Treatment,
            Soort::Lichaamsfunctie => Category::Detail,
            Soort::Medicatie => Category::Medication,
        }
    }
}

impl Category {
    fn describe(self) -> &'static str {
        match self {
            Category::Diagnosis => "een diagnose of ziekte",
            Category::Treatment => "een behandeling",
            Category::Medication => "medicatie",
            Category::Practitioner => "een medisch behandelaar",
            Category::Procedure => "een medische ingreep",
            Category::Examination => "een medisch onderzoek",
            Category::Setting => "een plaats van behandeling",
            Category::Detail => "een medische waarde of lichaamsfunctie",
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

use Category::{Diagnosis as D, Medication as M, Practitioner as P, Setting as S, Treatment as T};

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
    w("ziekenhuis", S),
    w("ziekenhuisopname", T),
    w("ggz", S),
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
    w("kliniek", S),
    w("polikliniek", S),
    w("dagbehandeling", S),
    w("intensive", S),
    // Medicines by brand, and what a coach writes for them
    w("ventolin", M),
    w("concerta", M),
    w("xanax", M),
    w("seroquel", M),
    w("lyrica", M),
    w("cymbalta", M),
    w("prozac", M),
    w("oxynorm", M),
    w("temesta", M),
    w("seresta", M),
    w("stilnoct", M),
    w("zoloft", M),
    w("efexor", M),
    w("sipralexa", M),
    w("voltaren", M),
    w("brufen", M),
    w("nurofen", M),
    w("tramal", M),
    w("depakine", M),
    w("keppra", M),
    w("lamictal", M),
    w("tegretol", M),
    w("humira", M),
    w("enbrel", M),
    w("lithium", M),
    w("slaappil", M),
    w("slaappillen", M),
    w("slaaptabletten", M),
    w("antidepressivum", M),
    // Procedures, tests and settings
    w("operatief", T),
    w("biopt", T),
    w("holter", T),
    w("hoortest", T),
    w("mammografie", T),
    w("angiografie", T),
    w("scintigrafie", T),
    w("tomografie", T),
    p("neuropsych", T),
    w("verpleeghuis", S),
    w("dialyse", T),
    w("hospice", S),
    w("hoofdpijn", D),
    w("ijzergehalte", D),
    w("hemoglobine", D),
    w("kortetermijngeheugen", D),
    // Specialists
    w("endocrinoloog", P),
    w("nefroloog", P),
    w("hematoloog", P),
    w("immunoloog", P),
    w("allergoloog", P),
    w("geriater", P),
    p("gastroenterolo", P),
];

/// Terms of art of the Wet verbetering poortwachter and of re-integration
/// that contain a medical word but describe work, not medicine: working
/// "op arbeidstherapeutische basis" is a re-integration step.
const TERMS_OF_ART: &[&str] = &[
    "arbeidstherapeutisch",
    "arbeidstherapeutische",
    "arbeidstherapie",
    "arboarts",
    "arboartsen",
    "arbodienst",
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
    "rontgenblik",
    "tumorale",
    "spits",
    "desinfectie",
    "desinfecteren",
    "schoonheidsspecialist",
    "schoonheidsspecialiste",
    "dotterbloem",
    "dotterbloemen",
    // A vet treats animals, not the employee.
    "dierenarts",
    "dierenartsen",
    "dierenartspraktijk",
    // Figurative compounds of a medical word.
    "goudkoorts",
    "koortsachtig",
    "koortsachtige",
    "blessuretijd",
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
        // A field about work history or jobs is about work in every
        // sentence: "helpende in de thuiszorg" is where she worked.
        let work_field = WORK_FIELDS.iter().any(|f| path.contains(f));
        for (word, category) in flagged_words_in(text, work_field) {
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
                .hint(hint_text(h.category))
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

/// What to write instead, by the kind of word: a functional rewording.
fn hint_text(category: Category) -> String {
    let instead = match category {
        Category::Diagnosis => {
            "noem de ziekte of aandoening niet; beschrijf wat de werknemer wel en niet kan (bijvoorbeeld 'kan niet langer dan een uur achter elkaar zitten')"
        }
        Category::Medication => {
            "noem geen medicijnen; beschrijf alleen wat voor het werk telt (bijvoorbeeld 'mag voorlopig geen voertuig besturen')"
        }
        Category::Treatment | Category::Procedure => {
            "noem de behandeling niet; beschrijf wat zij voor het werk betekent (bijvoorbeeld 'is op dinsdagochtend niet beschikbaar')"
        }
        Category::Examination => {
            "noem het onderzoek niet; schrijf alleen wat voor het werk telt (bijvoorbeeld 'is op 12 maart niet beschikbaar')"
        }
        Category::Practitioner => {
            "noem de behandelaar niet; schrijf bijvoorbeeld 'heeft een afspraak en is die ochtend niet beschikbaar'"
        }
        Category::Setting => {
            "noem de plaats van behandeling niet; schrijf bijvoorbeeld 'is tot en met 14 maart niet beschikbaar'"
        }
        Category::Detail => {
            "noem geen medische waarden of lichaamsfuncties; beschrijf wat de werknemer wel en niet kan (bijvoorbeeld 'kan niet werken in een rumoerige ruimte')"
        }
    };
    format!("{instead}; staat het er bewust, leg het dan vast onder privacy_akkoord met de reden")
}

/// What the check would say about `text` as a field of a journal with the
/// `accepted` words: one warning per flagged word with what to write
/// instead, in `check`'s words. The werkplek shows these while the coach
/// types.
pub fn warnings(text: &str, accepted: &[PrivacyAkkoord]) -> Vec<String> {
    flagged_words(text)
        .into_iter()
        .filter(|(w, _)| !is_accepted(w, accepted))
        .map(|(w, c)| {
            let hint = hint_text(c);
            let mut letters = hint.chars();
            let first = letters.next().map(|f| f.to_uppercase().collect::<String>());
            format!(
                "{}. {}{}",
                warning_text(&w, c),
                first.unwrap_or_default(),
                letters.as_str()
            )
        })
        .collect()
}

/// The words of `text` that match a term, as written, with their category.
pub fn flagged(text: &str) -> Vec<String> {
    flagged_words(text).into_iter().map(|(w, _)| w).collect()
}

/// The fields whose every sentence is about work: the work history, the
/// education, the applications and the search profile.
const WORK_FIELDS: &[&str] = &["werkervaring", "opleiding", "sollicitaties", "zoekprofiel"];

fn flagged_words(text: &str) -> Vec<(String, Category)> {
    flagged_words_in(text, false)
}

/// The flagged words of `text`; `work_field` when the field itself is
/// about work.
fn flagged_words_in(text: &str, work_field: bool) -> Vec<(String, Category)> {
    let mut out: Vec<(String, Category)> = Vec::new();
    for sentence in text
        .split_inclusive(['.', '!', '?', ';', '\n'])
        .flat_map(coordinated_parts)
    {
        let all: Vec<&str> = words(sentence).collect();
        let norms: Vec<String> = all.iter().map(|w| normalise(w)).collect();
        // A sentence about applying, a job or a placement: a workplace or
        // a practitioner in it is where the employee works, not a
        // treatment ("receptioniste bij een fysiotherapeut"). A clause
        // the employee reports ("..., vertelde hij dat hij wekelijks bij
        // een manueel therapeut loopt") is about work only by its own words.
        let clauses = clauses(&norms);
        let cue = |range: &std::ops::Range<usize>| {
            norms[range.clone()].iter().any(|n| is_work_cue(n))
                || visits_workplace(&norms[range.clone()])
        };
        // A clause that says the employee is treated ("omdat hij was
        // opgenomen op de afdeling cardiologie") is not about work.
        let treated = |range: &std::ops::Range<usize>| {
            norms[range.clone()]
                .iter()
                .any(|n| ADMITTED.contains(&n.as_str()))
        };
        let clause_cues: Vec<bool> = clauses
            .iter()
            .map(|(range, _)| cue(range) && !treated(range))
            .collect();
        let sentence_cue = clause_cues.iter().any(|c| *c) || cue(&(0..norms.len()));
        for (i, word) in all.iter().copied().enumerate() {
            let clause = clauses.iter().position(|(range, _)| range.contains(&i));
            let about_work = work_field
                || match clause {
                    Some(k) if clauses[k].1 => clause_cues[k],
                    Some(k) if treated(&clauses[k].0) => false,
                    _ => sentence_cue,
                };
            let norm = norms[i].as_str();
            if ORDINARY.contains(&norm) || TERMS_OF_ART.contains(&norm) {
                continue;
            }
            if in_idiom(&norms, i) {
                continue;
            }
            let (category, phrase) = match classify(norm, word) {
                Some(category) => (category, false),
                None => match by_phrase(&norms, i) {
                    Some(category) => (category, true),
                    None => continue,
                },
            };
            if ordinary_use(&norms, i) {
                continue;
            }
            // A course or certificate in it is a skill: "cursus reanimatie".
            if i > 0
                && (matches!(
                    norms[i - 1].as_str(),
                    "cursus" | "training" | "diploma" | "certificaat" | "module" | "studie"
                ) || norms[i - 1].ends_with("opleiding"))
            {
                continue;
            }
            let workplace = is_workplace(norm);
            // "haar logopedist", "zijn eigen sportarts": the employee's own.
            let own = own_care(&norms, i);
            if about_work
                && !own
                && (workplace
                    || matches!(category, Category::Practitioner | Category::Setting)
                    || of_a_job(&norms, i))
            {
                continue;
            }
            // A practitioner one becomes: "diëtist worden", "opleiding tot
            // ambulanceverpleegkundige", "werkt als fysiotherapeut".
            if category == Category::Practitioner && becomes(&norms, i) {
                continue;
            }
            // A name ("Fysiotherapie Dwarsveld", "Apotheek Zuiderpoort") is
            // not medical data, unless the sentence is about being treated
            // ("ligt in Ziekenhuis Amstelgaarde", "in behandeling bij
            // Centrum voor Psychotherapie De Linde").
            let prev = i.checked_sub(1).and_then(|p| all.get(p)).copied();
            let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
            // "De Eerste Hulp Klusdienst" names a firm.
            if phrase && all.get(i + 2).is_some_and(|w| capital(w)) && capital(word) {
                continue;
            }
            if !phrase
                && is_name(text, word, prev, &all[i + 1..])
                && !norms.iter().any(|n| TREATED.contains(&n.as_str()))
            {
                continue;
            }
            if !out.iter().any(|(w, _)| w == word) {
                out.push((word.to_string(), category));
            }
        }
    }
    out
}

/// Words that say something ordinary together, though one of them is
/// medical alone.
const IDIOMS: &[&[&str]] = &[
    &["chirurgische", "precisie"],
    &["klinische", "blik"],
    &["klinische", "toon"],
    &["pleister", "op", "de", "wonde"],
    &["therapeutische", "basis"],
    &["bijna", "een", "hartverzakking"],
    &["pleister", "op", "de", "wond"],
];

/// Whether the word at `i` is part of an idiom.
fn in_idiom(norms: &[String], i: usize) -> bool {
    IDIOMS.iter().any(|idiom| {
        idiom.iter().enumerate().any(|(k, w)| {
            norms[i] == *w
                && i >= k
                && norms.len() >= i - k + idiom.len()
                && norms[i - k..i - k + idiom.len()]
                    .iter()
                    .zip(idiom.iter())
                    .all(|(a, b)| a == b)
        })
    })
}

/// Words that say the employee is treated somewhere: a workplace's name
/// in such a sentence is where, not an employer.
const TREATED: &[&str] = &[
    "ligt",
    "lag",
    "lagen",
    "opgenomen",
    "opname",
    "behandeld",
    "behandeling",
    "patient",
    "gebracht",
    "ontslagen",
    "revalideert",
    "revalideren",
    "verpleegd",
    "geopereerd",
    "onderzocht",
];

/// Words that say the employee is admitted or treated, plainly enough to
/// outweigh a sentence about work.
const ADMITTED: &[&str] = &[
    "opgenomen",
    "geopereerd",
    "verpleegd",
    "behandeld",
    "patient",
    "revalideert",
    "revalideren",
];

/// Job nouns a medical word can be the field or the object of: "medewerker
/// infectiepreventie", "bezorger van geneesmiddelen", "secretaresse van de
/// maatschap chirurgie".
const JOB_NOUNS: &[&str] = &[
    "bezorger",
    "chauffeur",
    "koerier",
    "receptionist",
    "receptioniste",
    "medewerker",
    "medewerkster",
    "secretaresse",
    "secretaris",
    "assistent",
    "assistente",
    "planner",
    "administrateur",
    "coordinator",
    "manager",
    "maatschap",
    "afdeling",
    "vakgroep",
    "team",
    "magazijnmedewerker",
    "inkoper",
    "verkoper",
    "vertegenwoordiger",
];

/// Whether the word at `i` follows a job noun, with at most "van", "de",
/// "het", "een", "voor" between them.
fn of_a_job(norms: &[String], i: usize) -> bool {
    let mut k = i;
    for _ in 0..4 {
        let Some(prev) = k.checked_sub(1) else {
            return false;
        };
        k = prev;
        let w = norms[k].as_str();
        if JOB_NOUNS.contains(&w) || JOB_HEADS.iter().any(|h| w.ends_with(h)) {
            return true;
        }
        if !matches!(w, "van" | "de" | "het" | "een" | "voor") {
            return false;
        }
    }
    false
}

/// Words with a medical and an ordinary sense: an operation of a
/// warehouse, the diagnosis of a fault, the heartbeat of a factory.
const TWO_SENSES: &[&str] = &[
    "infuus",
    "bypass",
    "transplantatie",
    "doof",
    "medicijn",
    "infectie",
    "besmetting",
    "scan",
    "scans",
    "scannen",
    "echo",
    "opname",
    "opnames",
    "operatie",
    "operaties",
    "diagnose",
    "diagnoses",
    "hartslag",
    "injectie",
    "injecties",
    "therapeutisch",
    "therapeutische",
];

/// Adjectives that give a word of two senses its ordinary one.
const ORDINARY_SENSE: &[&str] = &[
    "financieel",
    "logistiek",
    "logistieke",
    "militaire",
    "commerciele",
    "financiele",
    "politieke",
    "strategische",
    "administratieve",
];

/// Who a medical word can be about.
const PERSONS: &[&str] = &[
    "hij",
    "zij",
    "ze",
    "hem",
    "haar",
    "zijn",
    "ik",
    "mij",
    "me",
    "mijn",
    "werknemer",
    "werkneemster",
    "mevrouw",
    "heer",
    "dhr",
    "mw",
];

/// Whether the word at `i` has its ordinary sense: a word of two senses
/// whose object, after "van", "om" or "voor", is a thing and no person or
/// part of the body ("de diagnose van storingen", "de operatie om het
/// magazijn te verhuizen"), where "de operatie van haar knie" stays medical.
fn ordinary_use(norms: &[String], i: usize) -> bool {
    if !TWO_SENSES.contains(&norms[i].as_str()) {
        return false;
    }
    // "de logistieke operatie", "een financiële injectie".
    if i > 0 && ORDINARY_SENSE.contains(&norms[i - 1].as_str()) {
        return true;
    }
    // What joins the word to its object: "doof voor het voorstel", "een
    // infectie met ransomware", "de operatie van het magazijn".
    let links: &[&str] = match norms[i].as_str() {
        "doof" => &["voor"],
        "bypass" => &["in", "van"],
        "medicijn" => &["tegen", "voor"],
        "infectie" | "besmetting" => &["met", "van"],
        _ => &["van", "om", "aan"],
    };
    let Some(link) =
        (i + 1..(i + 3).min(norms.len())).find(|&k| links.contains(&norms[k].as_str()))
    else {
        return false;
    };
    let object = &norms[link + 1..(link + 5).min(norms.len())];
    // The object ends where a clause begins: "de operatie van het
    // distributiecentrum waar ze wil werken".
    let object = &object[..object
        .iter()
        .position(|w| {
            matches!(
                w.as_str(),
                "waar"
                    | "waarbij"
                    | "waarin"
                    | "waarmee"
                    | "die"
                    | "dat"
                    | "wat"
                    | "welke"
                    | "en"
                    | "maar"
                    | "omdat"
                    | "in"
                    | "op"
                    | "bij"
                    | "met"
                    | "naar"
                    | "tijdens"
            )
        })
        .unwrap_or(object.len())];
    !object.is_empty()
        && !object.iter().any(|w| {
            let w = w.as_str();
            // A number: a measurement or a date ("een hartslag van 130").
            w.is_empty()
                || PERSONS.contains(&w)
                || BODY.contains(&w)
                || ORGANS.contains(&w)
                || TIMES.contains(&w)
                || crate::dates::MONTHS.contains(&w)
                || match_term(w, &[], w).is_some()
        })
}

/// Words of time: "de operatie van vorige week" is the employee's.
const TIMES: &[&str] = &[
    "vorige",
    "afgelopen",
    "volgende",
    "komende",
    "gisteren",
    "vandaag",
    "morgen",
    "week",
    "maand",
    "jaar",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "dag",
    "dagen",
    "weken",
    "maanden",
    "nacht",
];

/// Whether the word at `i` is the employee's own care: after "haar",
/// "zijn", "mijn", "eigen" (perhaps with one word between: "zijn klinische
/// opname"), or an appointment with it ("afspraak bij de pijnspecialist").
fn own_care(norms: &[String], i: usize) -> bool {
    let before = |k: usize| i.checked_sub(k).map(|p| norms[p].as_str());
    let possessive =
        |w: Option<&str>| matches!(w, Some("haar" | "zijn" | "mijn" | "eigen" | "zn" | "dr"));
    possessive(before(1))
        || possessive(before(2))
        || (1..=3).any(|k| before(k) == Some("bij") && before(k + 1) == Some("afspraak"))
}

/// A sentence split where a comma and "dus", "maar" or "want" join two
/// main clauses: "Ik moet om de dag naar het dialysecentrum, dus een baan
/// van vijf dagen gaat niet" holds two statements, each judged alone.
fn coordinated_parts(sentence: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = sentence;
    while let Some(at) = [", dus ", ", maar ", ", want "]
        .iter()
        .filter_map(|j| rest.find(j))
        .min()
    {
        parts.push(&rest[..at + 1]);
        rest = &rest[at + 1..];
    }
    parts.push(rest);
    parts
}

/// Words that open a clause the employee reports or that follows:
/// "vertelde dat ...", "waarna ...", "omdat ...".
const SUBORDINATORS: &[&str] = &[
    "dat", "waarna", "waarvoor", "waarbij", "waardoor", "omdat", "terwijl", "nadat", "zodat",
    "want",
];

/// The clauses of a sentence as ranges of word indices: a new clause at
/// each subordinator, the first (the main clause) from the start. Only a
/// clause the employee reports ("vertelde zij dat ...", "gaf hij aan
/// dat ...") is marked (`true`): it is about work only by its own words.
fn clauses(norms: &[String]) -> Vec<(std::ops::Range<usize>, bool)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut reported = false;
    for (k, n) in norms.iter().enumerate() {
        if k > start && SUBORDINATORS.contains(&n.as_str()) {
            out.push((start..k, reported));
            start = k;
            reported = (n == "dat"
                && norms[k.saturating_sub(6)..k]
                    .iter()
                    .any(|w| REPORTING.contains(&w.as_str())))
                || matches!(n.as_str(), "omdat" | "terwijl" | "nadat" | "want");
        }
    }
    out.push((start..norms.len(), reported));
    out
}

/// Verbs of telling: what follows "dat" is the employee's account.
const REPORTING: &[&str] = &[
    "vertelde",
    "vertelt",
    "vertellen",
    "verteld",
    "meldde",
    "meldt",
    "melden",
    "gemeld",
    "gaf",
    "geeft",
    "aangegeven",
    "noemde",
    "noemt",
    "zei",
    "zegt",
    "liet",
    "laat",
    "merkte",
    "merkt",
    "deelde",
    "deelt",
    "erkende",
    "schreef",
    "schrijft",
    "appte",
    "belde",
    "vastgelegd",
    "voren",
    "sprake",
    "bleek",
    "blijkt",
];

/// Whether the practitioner at `i` is a job one becomes or does.
fn becomes(norms: &[String], i: usize) -> bool {
    matches!(
        i.checked_sub(1).map(|p| norms[p].as_str()),
        Some("als" | "tot")
    ) || norms[i + 1..(i + 4).min(norms.len())]
        .iter()
        .any(|n| n == "worden")
}

/// Whether a sentence says the employee visits a workplace: walks along,
/// a separable verb ("loopt twee dagen mee bij de apotheek"), or an open
/// day.
fn visits_workplace(norms: &[String]) -> bool {
    norms
        .windows(2)
        .any(|w| w[0] == "open" && (w[1] == "dag" || w[1] == "dagen"))
        || norms
            .iter()
            .any(|n| matches!(n.as_str(), "loopt" | "liep" | "liepen" | "lopen" | "loop"))
            && norms.iter().any(|n| n == "mee")
}

/// Whether a word makes a sentence one about work.
fn is_work_cue(norm: &str) -> bool {
    WORK_CUES.contains(&norm)
        || [
            "sollicit",
            "vacature",
            "stageplek",
            "stageplaats",
            "snuffel",
            "proefdra",
            "proefpla",
        ]
        .iter()
        .any(|p| norm.starts_with(p))
        || (norm.len() > 6 && norm.ends_with("ploeg"))
        || ["receptionist", "receptioniste", "koerier"]
            .iter()
            .any(|j| norm.ends_with(j))
        || (norm.len() > 6
            && norm.starts_with("werk")
            && !matches!(norm, "werknemer" | "werkneemster" | "werknemers"))
        || (norm.len() > 6 && (norm.ends_with("werk") || norm.ends_with("functie")))
        || JOB_HEADS.iter().any(|h| norm.ends_with(h))
}

/// Whether a word is a place of work with a medical name: a workplace
/// noun ("polikliniek"), or a compound with one as its head
/// ("tandartspraktijk", "GGZ-instelling", "operatiekamers").
fn is_workplace(norm: &str) -> bool {
    WORKPLACES
        .iter()
        .any(|w| norm == *w || (norm.ends_with(w) && norm.len() > w.len() + 2))
}

/// A medical statement made of words that are ordinary alone: "een nieuwe
/// heup", "de ziekte van Lyme", "de echo van haar lever".
fn by_phrase(norms: &[String], i: usize) -> Option<Category> {
    let norm = norms[i].as_str();
    let word = |k: usize| norms.get(k).map(String::as_str);
    if BODY.contains(&norm) && i > 0 && word(i - 1) == Some("nieuwe") {
        return Some(Category::Treatment);
    }
    // A place of treatment named in two words: "naar de spoedeisende
    // hulp", "op de eerste hulp" (not "een cursus eerste hulp").
    if word(i + 1) == Some("hulp")
        && (norm == "spoedeisende" || (norm == "eerste" && i > 0 && word(i - 1) == Some("de")))
    {
        return Some(Category::Setting);
    }
    if (norm == "gesloten" && word(i + 1) == Some("afdeling"))
        || (norm == "geestelijke" && word(i + 1) == Some("gezondheidszorg"))
    {
        return Some(Category::Setting);
    }
    // What happened to a part of the body: "zijn arm is gebroken", "haar
    // amandelen zijn geknipt", "een zwakke blaas", "beschadigde zenuwen".
    if BODY_EVENTS.contains(&norm) && near_own_body(norms, i) {
        return Some(Category::Diagnosis);
    }
    if BODY_STATES.contains(&norm) && word(i + 1).is_some_and(is_body) {
        return Some(Category::Diagnosis);
    }
    if norm == "centrum" && i > 0 && word(i - 1) == Some("medisch") {
        return Some(Category::Setting);
    }
    if norm == "shoulder" && i > 0 && word(i - 1) == Some("frozen") {
        return Some(Category::Diagnosis);
    }
    // "krijgt thuis zuurstof"
    if norm == "zuurstof"
        && (i.saturating_sub(2)..i).any(|k| matches!(word(k), Some("krijgt" | "kreeg" | "krijg")))
    {
        return Some(Category::Treatment);
    }
    // "zijn gehoor", "geen gevoel meer in zijn vingers"
    // "zijn gehoor", "mijn reuk", "haar ademhaling"
    if matches!(norm, "gehoor" | "reuk" | "ademhaling")
        && i > 0
        && matches!(word(i - 1), Some("zijn" | "haar" | "mijn"))
    {
        return Some(Category::Detail);
    }
    if norm == "temperatuur"
        && (i.saturating_sub(3)..(i + 4).min(norms.len()))
            .any(|k| matches!(word(k), Some("verhoogd" | "verhoogde")))
    {
        return Some(Category::Detail);
    }
    // "'s nachts aan de zuurstof"
    if norm == "zuurstof" && i >= 2 && word(i - 1) == Some("de") && word(i - 2) == Some("aan") {
        return Some(Category::Treatment);
    }
    if SYMPTOMS.contains(&norm)
        && (i + 1..(i + 5).min(norms.len()))
            .any(|k| word(k) == Some("in") && word(k + 1).is_some_and(|w| w != "het"))
        && (i + 1..(i + 7).min(norms.len())).any(|k| word(k).is_some_and(is_body))
    {
        return Some(Category::Detail);
    }
    if norm == "mes" && i >= 2 && word(i - 1) == Some("het") && word(i - 2) == Some("onder") {
        return Some(Category::Procedure);
    }
    if matches!(norm, "prikken" | "geprikt")
        && (i.saturating_sub(3)..i).any(|k| word(k) == Some("bloed"))
    {
        return Some(Category::Examination);
    }
    if norm == "ziekte" && word(i + 1) == Some("van") {
        return word(i + 2).is_some().then_some(Category::Diagnosis);
    }
    // "scan" or "echo" of a part of the body: "de echo van haar lever".
    if matches!(norm, "echo" | "scan" | "foto")
        && word(i + 1) == Some("van")
        && (i + 2..i + 5)
            .filter_map(word)
            .any(|w| BODY.contains(&w) || ORGANS.contains(&w))
    {
        return Some(Category::Treatment);
    }
    None
}

/// What happens to a part of the body: injuries and procedures, as
/// participles.
const BODY_EVENTS: &[&str] = &[
    "gebroken",
    "gekneusd",
    "verstuikt",
    "gescheurd",
    "ontwricht",
    "ontstoken",
    "geopereerd",
    "vastgezet",
    "gehecht",
    "verwijderd",
    "vervangen",
    "geknipt",
    "gelaserd",
    "gezet",
    "gehaald",
    "weggehaald",
    "weggenomen",
    "ingezwachteld",
    "gezwachteld",
    "gespoten",
    "ingespoten",
    "bestraald",
    "gescand",
    "gefotografeerd",
    "knippen",
    "doorgeknipt",
    "verkleind",
    "vastzetten",
    "rechtgezet",
    "opereren",
    "laseren",
    "hechten",
    "verwijderen",
    "spuiten",
];

/// States of a part of the body, before it: "een zwakke blaas".
const BODY_STATES: &[&str] = &[
    "zwakke",
    "zwak",
    "beschadigde",
    "beschadigd",
    "versleten",
    "ontstoken",
    "gebroken",
    "gescheurde",
    "gekneusde",
    "verminderde",
    "slechte",
    "slecht",
];

/// Whether a part of the body of a person ("zijn arm", "haar
/// amandelen", "mijn knie") stands within five words of `i`.
fn near_own_body(norms: &[String], i: usize) -> bool {
    let from = i.saturating_sub(7);
    let to = (i + 6).min(norms.len());
    let possessive = |w: &str| matches!(w, "zijn" | "haar" | "mijn" | "zn" | "dr" | "twee");
    // "mijn knie", "mijn blinde darm"
    (from.max(1)..to).any(|k| {
        is_body(&norms[k]) && (possessive(&norms[k - 1]) || (k >= 2 && possessive(&norms[k - 2])))
    })
}

/// Complaints of a part of the body: "pijn in zijn rug", "geen gevoel meer
/// in zijn vingers", "de spierkracht in haar rechterarm".
const SYMPTOMS: &[&str] = &[
    "gevoel",
    "spierkracht",
    "kracht",
    "pijn",
    "pijnen",
    "tintelingen",
    "krampen",
    "stijfheid",
    "zwelling",
    "uitval",
];

/// Whether a word names a part of the body, in the singular or plural
/// ("zenuw", "zenuwen", "knieën").
fn is_body(word: &str) -> bool {
    let named = |w: &str| BODY.contains(&w) || ORGANS.contains(&w) || LIMBS.contains(&w);
    let part = |w: &str| {
        named(w)
            || ["en", "s", "n"]
                .iter()
                .any(|end| w.strip_suffix(end).is_some_and(named))
    };
    // Or a compound with one as its head: "sleutel|been", "rechter|hand".
    part(word)
        || (4..word.len()).any(|k| {
            word.is_char_boundary(k)
                && word[k..].len() >= 3
                && part(&word[k..])
                && super::lexicon::is_compound(&word[..k])
        })
}

/// Limbs and parts that are ordinary words, medical only with what
/// happened to them.
const LIMBS: &[&str] = &[
    "arm",
    "armen",
    "been",
    "benen",
    "hand",
    "handen",
    "voet",
    "voeten",
    "vinger",
    "vingers",
    "teen",
    "tenen",
    "amandelen",
    "wervels",
    "ribben",
    "rib",
    "neus",
    "tanden",
    "kies",
    "duim",
    "kuit",
    "stuitje",
    "vingertoppen",
];

/// Whether a word is part of a name, such as a workplace the employee
/// applied to ("Fysiotherapie Dwarsveld", "Apotheek De Linde"): title
/// case, next to another capitalised word of the same name. A capital
/// alone does not make a name: "naar de Psycholoog" and "hij heeft Crohn"
/// are medical whatever their capitals.
fn is_name(text: &str, word: &str, prev: Option<&str>, after: &[&str]) -> bool {
    // Title case ("Fysiotherapie"), not an abbreviation ("MRI-scan", "EEG").
    let title = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase)
    };
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    // The next word of the name, perhaps after "voor", "van", "de"
    // ("Kliniek voor Plastische Chirurgie Lindenoord").
    let next_capitalised = match after {
        [link, next, ..]
            if matches!(*link, "voor" | "van" | "de" | "der" | "den" | "het" | "aan") =>
        {
            capital(next)
        }
        [next, ..] => capital(next),
        [] => false,
    };
    // An abbreviation that opens a name: "GGZ Wolkenveld".
    if word.chars().all(|c| c.is_uppercase()) && after.first().is_some_and(|n| title(n)) {
        return true;
    }
    if !title(word) {
        return false;
    }
    let at = word.as_ptr() as usize - text.as_ptr() as usize;
    let before = text[..at].trim_end();
    // Quotes and brackets open a sentence too ("Die Thyrax moet ik ...").
    let opening: &[char] = &['"', '\'', '“', '‘', '„', '(', '[', '–', '-'];
    let before = before.trim_end_matches(opening).trim_end();
    let sentence_start = before.is_empty() || before.ends_with(['.', '!', '?', ':', ';', '\n']);
    // The word before belongs to the same name only when nothing but a
    // space stands between them, and it does not merely open the sentence
    // ("Haar Concerta is ...").
    let joined_before = prev.is_some_and(|p| {
        let opens = before
            .strip_suffix(p)
            .map(str::trim_end)
            .map(|b| b.trim_end_matches(opening).trim_end())
            .is_none_or(|b| b.is_empty() || b.ends_with(['.', '!', '?', ':', ';', '\n']));
        capital(p) && before.ends_with(p) && !opens
    });
    next_capitalised || (!sentence_start && joined_before)
}

/// Words: runs of letters, with inner hyphens kept ("burn-out").
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .map(|w| w.trim_matches('-'))
        .filter(|w| !w.is_empty())
}

/// Lower case, diacritics, digits and hyphens removed: "Burn-out" ->
/// "burnout", "coöperatie" -> "cooperatie", "covid-19" -> "covid".
pub(crate) fn normalise(word: &str) -> String {
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

/// Whether `norm` is a compound of a word of two senses whose modifier is
/// an ordinary activity: "verhuisoperatie", "snijoperatie", where
/// "heupoperatie" and "kijkoperatie" are medical.
fn ordinary_compound(norm: &str) -> bool {
    ["operaties", "operatie"].iter().any(|head| {
        norm.strip_suffix(head).is_some_and(|modifier| {
            let modifier = modifier.strip_suffix('s').unwrap_or(modifier);
            modifier.len() >= 3
                && super::lexicon::is_compound(modifier)
                && !is_body(modifier)
                && !matches!(modifier, "kijk" | "spoed" | "dag" | "sleutelgat" | "laser")
                && lexicon().find(modifier, modifier).is_none()
        })
    })
}

/// [`match_term`] for a word as written, remembered per thread: a caseload
/// repeats its words, and a word's category does not depend on its
/// sentence.
fn classify(norm: &str, word: &str) -> Option<Category> {
    thread_local! {
        static SEEN: std::cell::RefCell<std::collections::HashMap<String, Option<Category>>> =
            std::cell::RefCell::new(std::collections::HashMap::new());
    }
    if let Some(known) = SEEN.with(|seen| seen.borrow().get(word).copied()) {
        return known;
    }
    let parts: Vec<String> = if word.contains('-') {
        word.split('-').map(normalise).collect()
    } else {
        Vec::new()
    };
    let category = match_term(norm, &parts, word).filter(|_| !ordinary_compound(norm));
    SEEN.with(|seen| {
        let mut seen = seen.borrow_mut();
        // A bound on memory for a very long run (the werkplek).
        if seen.len() > 200_000 {
            seen.clear();
        }
        seen.insert(word.to_string(), category);
    });
    category
}

/// The category of the word `norm` (its hyphen-separated `parts`
/// normalised too), if it names something medical.
fn match_term(norm: &str, parts: &[String], written: &str) -> Option<Category> {
    // Abbreviations in capitals, alone or between hyphens ("MS-aanval",
    // "ME/CVS"): "ALS" is a disease, "als" a word.
    if let Some((_, category)) = ABBREVIATIONS
        .iter()
        .find(|(a, _)| written.split('-').any(|p| p == *a))
    {
        return Some(*category);
    }
    if EPONYMS.iter().any(|e| written.trim_end_matches("'s") == *e) {
        return Some(Category::Diagnosis);
    }
    // A compound whose head is an ordinary word or a job or workplace is
    // that word ("zuivelcoöperatie", "operatiemanager",
    // "tandartsassistent"); a workplace alone ("tandartspraktijk") is
    // judged by its sentence (see `at_work`).
    if ORDINARY
        .iter()
        .chain(JOB_HEADS)
        .chain(THING_HEADS)
        .any(|o| norm.ends_with(o))
    {
        return None;
    }
    // The terms whose stem occurs in the word, in the list's order: the
    // first that holds gives the category.
    let mut found: Vec<usize> = stems()
        .find_overlapping_iter(norm)
        .map(|m| m.pattern().as_usize())
        .collect();
    found.sort_unstable();
    found.dedup();
    for term in found.into_iter().map(|t| &TERMS[t]) {
        let hit = match term.kind {
            Kind::Prefix => norm.starts_with(term.stem),
            // An abbreviation or a stem of three letters ("eeg", "mri") is a
            // word or a part between hyphens of its own, never letters
            // inside another word ("Noordzeegebied").
            Kind::Word if term.stem.chars().count() <= 3 => std::iter::once(norm)
                .chain(parts.iter().map(String::as_str))
                .any(|p| {
                    INFLECTIONS
                        .iter()
                        .any(|i| p.strip_suffix(i) == Some(term.stem))
                }),
            Kind::Word => word_matches(norm, term.stem),
        };
        if hit {
            return Some(term.category);
        }
    }
    if let Some(soort) = lexicon().find(norm, written) {
        return Some(soort.into());
    }
    if drug_by_stem(norm) {
        return Some(Category::Medication);
    }
    by_form(norm)
}

/// Abbreviations of diseases, treatments and tests, as written (capitals).
const ABBREVIATIONS: &[(&str, Category)] = &[
    ("MS", D),
    ("CVA", D),
    ("TIA", D),
    ("ALS", D),
    ("ME", D),
    ("CVS", D),
    ("RSI", D),
    ("HNP", D),
    ("PDS", D),
    ("OCD", D),
    ("PTSS", D),
    ("ADHD", D),
    ("ADD", D),
    ("COPD", D),
    ("NAH", D),
    ("CRPS", D),
    ("SOLK", D),
    ("HIV", D),
    ("SOA", D),
    ("KANS", D),
    ("DCD", D),
    ("EMDR", T),
    ("ECT", T),
    ("CGT", T),
    ("MRI", T),
    ("CT", T),
    ("EEG", T),
    ("ECG", T),
    ("EMG", T),
    ("PET", T),
    ("IC", S),
    ("SEH", S),
    ("MDL", P),
    ("KNO", P),
];

/// Diseases named after a person, as written.
const EPONYMS: &[&str] = &[
    "Crohn",
    "Parkinson",
    "Alzheimer",
    "Hashimoto",
    "Bechterew",
    "Lyme",
    "Graves",
    "Hodgkin",
    "Huntington",
    "Ménière",
    "Meniere",
    "Raynaud",
    "Sjögren",
    "Addison",
    "Cushing",
    "Pfeiffer",
    "Kahler",
    "Guillain-Barré",
    "Tourette",
    "Asperger",
    "Dupuytren",
];

/// Organs: medical wherever they are named of a person ("zijn schildklier
/// werkt te traag"), and modifiers of a medical compound.
const ORGANS: &[&str] = &[
    "schildklier",
    "nieren",
    "nier",
    "alvleesklier",
    "bijnier",
    "prostaat",
    "baarmoeder",
    "eierstok",
    "eierstokken",
    "darmen",
    "longen",
    "hersenen",
    "milt",
    "galblaas",
    "slokdarm",
    "blindedarm",
    "kruisband",
    "kruisbanden",
    "meniscus",
    "bekkenbodem",
    "netvlies",
    "hoornvlies",
    "binnenoor",
    "trommelvlies",
    "neustussenschot",
    "stembanden",
];

/// Parts of the body: medical as the modifier of a complaint, a test or a
/// treatment ("rugklachten", "heupbreuk", "hersenscan").
const BODY: &[&str] = &[
    "rug",
    "nek",
    "schouder",
    "knie",
    "heup",
    "pols",
    "enkel",
    "elleboog",
    "bekken",
    "buik",
    "borst",
    "kaak",
    "wervel",
    "hart",
    "long",
    "nier",
    "lever",
    "darm",
    "maag",
    "hersen",
    "hersenen",
    "bot",
    "spier",
    "gewricht",
    "zenuw",
    "bloed",
    "huid",
    "oog",
    "ogen",
    "oor",
    "keel",
    "schildklier",
    "blaas",
    "lies",
    "hamstring",
    "achillespees",
    "pees",
    "borstkas",
    "ruggenmerg",
    "tussenwervel",
    "wervelkolom",
    // Not parts of the body, but medical with the same heads:
    // "suikerspiegel", "ontstekingswaarden", "urineverlies".
    "suiker",
    "ontsteking",
    "stolling",
    "gehoor",
    "urine",
    "hormoon",
    "zuurstof",
];

/// What a part of the body is medical with: a function or value, a
/// complaint, an injury, a test or a treatment.
const BODY_HEADS: &[&str] = &[
    "functie",
    "waarden",
    "waarde",
    "werking",
    "capaciteit",
    "slag",
    "ritme",
    "gehalte",
    "spiegel",
    "letsel",
    "klachten",
    "klacht",
    "pijn",
    "pijnen",
    "ontsteking",
    "kanker",
    "operatie",
    "transplantatie",
    "scan",
    "onderzoek",
    "afdeling",
    "arts",
    "prothese",
    "breuk",
    "infarct",
    "falen",
    "insufficientie",
    "tumor",
    "ziekte",
    "aandoening",
    "dichtheid",
    "dichtheidsmeting",
    "test",
    "instabiliteit",
    "hernia",
    "blessure",
    "aanval",
    "stoornis",
    "probleem",
    "problemen",
    "ingreep",
    "foto",
    "punctie",
    "verkleining",
    "vervanging",
    "verwijdering",
    "bewaking",
    "echo",
    "filmpje",
    "schade",
    "klep",
    "saturatie",
    "verlies",
    "spiegeling",
    "fixatie",
    "curve",
    "bandje",
    "beschadiging",
    "cellen",
    "lediging",
];

/// Word endings of diseases and of procedures and tests, with the ordinary
/// words that end alike.
const FORMS: &[(&str, Category)] = &[
    ("itis", D),
    ("syndroom", D),
    ("tabletten", M),
    ("druppels", M),
    ("reconstructie", T),
    ("algie", D),
    ("pathie", D),
    ("plegie", D),
    ("insufficientie", D),
    ("emie", D),
    ("trofie", D),
    ("stenose", D),
    ("sclerose", D),
    ("fibrose", D),
    ("trombose", D),
    ("artrose", D),
    ("porose", D),
    ("carcinoom", D),
    ("melanoom", D),
    ("lymfoom", D),
    ("sarcoom", D),
    ("ectomie", T),
    ("scopie", T),
    ("transplantatie", T),
    ("resectie", T),
    ("amputatie", T),
    ("prothese", T),
    ("bypass", T),
    ("stent", T),
    ("stoma", T),
    ("dotter", T),
    ("dialyse", T),
    ("poli", S),
    ("chemotherapie", T),
    ("arts", P),
];
const NOT_FORMS: &[&str] = &[
    "monopoli",
    "metropoli",
    "academie",
    "epidemie",
    "pandemie",
    "polemie",
    "alchemie",
    "microscopie",
    "telescopie",
    "stroboscopie",
    "caleidoscopie",
    "dichotomie",
    "anatomie",
    "economie",
    "autonomie",
    "nostalgie",
    "sympathie",
    "antipathie",
    "empathie",
    "telepathie",
    "chemie",
    "rugslag",
    "borstslag",
    "waarts",
    "parts",
];

/// Whether `rest` is one or more medical heads ("pijn", "pijnklachten")
/// and an inflection, at most `depth` heads.
fn medical_heads(rest: &str, depth: usize) -> bool {
    depth > 0
        && BODY_HEADS.iter().any(|h| {
            rest.strip_prefix(h)
                .is_some_and(|r| INFLECTIONS.contains(&r) || medical_heads(r, depth - 1))
        })
}

/// Whether `norm` is medical by its form: a disease or procedure ending
/// ("tendinitis", "gastroscopie", "niertransplantatie"), a part of the body
/// with a medical head ("nierfunctie", "heupbreuk"), or an organ.
fn by_form(norm: &str) -> Option<Category> {
    if NOT_FORMS.iter().any(|n| norm.ends_with(n)) {
        return None;
    }
    if ORGANS.contains(&norm) {
        return Some(D);
    }
    for (end, category) in FORMS {
        if norm
            .strip_suffix(end)
            .is_some_and(|before| before.chars().count() >= 3)
            || (norm == *end && end.chars().count() >= 5)
        {
            return Some(*category);
        }
    }
    for body in BODY {
        let Some(rest) = norm.strip_prefix(body) else {
            continue;
        };
        let rest = rest
            .strip_prefix("s")
            .filter(|r| BODY_HEADS.iter().any(|h| r.starts_with(h)))
            .unwrap_or(rest);
        if medical_heads(rest, 3) {
            return Some(D);
        }
    }
    None
}

/// Every stem of [`TERMS`], pattern `i` being term `i`.
fn stems() -> &'static aho_corasick::AhoCorasick {
    static STEMS: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    STEMS.get_or_init(|| {
        aho_corasick::AhoCorasick::new(TERMS.iter().map(|t| t.stem))
            .expect("the stems make an automaton")
    })
}

/// Heads that make a compound a tool ("diagnosecomputer").
const THING_HEADS: &[&str] = &["computer", "computers", "software", "apparatuur"];

/// Heads that make a compound a job or a role, not a treatment: an
/// "operatiemanager" runs operations, a "tandartsassistent" works at a
/// dentist's.
const JOB_HEADS: &[&str] = &[
    "meester",
    "portier",
    "begeleider",
    "begeleidster",
    "laborant",
    "manager",
    "assistent",
    "assistente",
    "assistenten",
    "medewerker",
    "medewerkers",
    "secretaresse",
    "administrateur",
    "planner",
    "coordinator",
];

/// Heads that make a compound a place of work ("tandartspraktijk",
/// "dialysecentrum"), and nouns that are one: where the sentence is about
/// work, these are the employer, not a treatment.
const WORKPLACES: &[&str] = &[
    "ggz",
    "verpleeghuis",
    "hospice",
    "kamer",
    "kamers",
    "praktijk",
    "praktijken",
    "centrum",
    "centra",
    "kliniek",
    "klinieken",
    "polikliniek",
    "ziekenhuis",
    "ziekenhuizen",
    "apotheek",
    "instelling",
    "afdeling",
    "laboratorium",
    "post",
];

/// Words that make a sentence one about work: applying, a job, a
/// placement, an employer.
const WORK_CUES: &[&str] = &[
    "solliciteert",
    "solliciteerde",
    "solliciteren",
    "sollicitatie",
    "sollicitaties",
    "gesolliciteerd",
    "sollicitatiebrief",
    "vacature",
    "vacatures",
    "werkt",
    "werken",
    "werkte",
    "gewerkt",
    "functie",
    "functies",
    "werkervaringsplaats",
    "stage",
    "stageplaats",
    "meeloopdag",
    "meelopen",
    "meeloopt",
    "meegelopen",
    "werkgever",
    "werkgevers",
    "baan",
    "banen",
    "banenmarkt",
    "proefplaatsing",
    "orientatiegesprek",
    "netwerkgesprek",
    "kennismakingsgesprek",
    "sollicitatiegesprek",
    "vacaturebank",
    "werkplek",
    "werkplekken",
    "personeel",
    "receptionist",
    "receptioniste",
    "gastvrouw",
    "gastheer",
    "schoonmaker",
    "bezorger",
    "chauffeur",
    "zoekt",
    "aangenomen",
    "arbeidscontract",
    "vrijwilligerswerk",
    "vrijwilliger",
    "praktijkondersteuner",
    "afwijzing",
    "rondleiding",
    "werkervaring",
    "dienstverband",
    "loondienst",
    "uitzendbureau",
    "werving",
    "kennismaking",
    "uitgenodigd",
    "schoonmaken",
    "schoonmaak",
    "vac",
    "opleiding",
    "opleidingen",
    "bedrijfsbezoek",
    "proef",
    "balie",
    "receptie",
    "kantine",
    "keuken",
    "archief",
    "postverwerking",
    "kantoor",
    "meeliep",
    "meeliepen",
    "zocht",
    "zochten",
    "koerier",
    "referentiecheck",
    "hrafdeling",
    "zoeken",
    "omscholen",
    "omscholing",
    "beroep",
    "beroepen",
    "beroepenprofiel",
    "vak",
    "proefdag",
    "snuffelen",
    "belangstelling",
    "interesse",
    "geinteresseerd",
    "verkent",
    "verkennen",
    "schoonmaakdienst",
    "magazijn",
    "beveiliging",
    "rooster",
    "snuffelstage",
    "werkomgeving",
    "werkbezoek",
    "werkervaringsplek",
    "orienterend",
    "orienteert",
    "orienteren",
    "secretariaat",
    "telefoniste",
    "teamleider",
    "doorgroeien",
    "cv",
    "assessment",
    "contract",
    "vervolggesprek",
];

/// Stems the WHO gives the names of medicines (International
/// Nonproprietary Names), in Dutch spelling: a word ending in one of them
/// is a medicine even when no list names it ("pregabaline", "candesartan").
const DRUG_STEMS: &[&str] = &[
    "azepam",
    "azolam",
    "sartan",
    "olol",
    "pril",
    "statine",
    "prazol",
    "oxetine",
    "aline",
    "triptan",
    "tinib",
    "mab",
    "cilline",
    "mycine",
    "floxacine",
    "profen",
    "fenac",
    "coxib",
    "pentine",
    "trexaat",
    "thyroxine",
    "coumarol",
    "gliptine",
    "gliflozine",
    "parine",
    "apine",
    "idon",
    "adon",
    "codon",
    "morfon",
    "tidine",
    "semide",
    "thiazide",
    "zolpidem",
    "zopiclon",
    "dronaat",
    "lukast",
    "setron",
    "vudine",
    "navir",
    "cyclovir",
    "conazol",
    "fibraat",
    "glinide",
    "dipine",
    "terol",
    "sonide",
    "metason",
    "nisolon",
    "nison",
    "tropium",
    "caine",
    "xaban",
    "gatran",
    "grel",
];

/// Whether `norm` is named as a medicine by its stem: at least four
/// letters before it, and not an ordinary word that ends alike.
fn drug_by_stem(norm: &str) -> bool {
    const NOT: &[&str] = &[
        "april",
        "moraline",
        "vaseline",
        "margarine",
        "discipline",
        "trampoline",
        "mandoline",
        "turbine",
        "machine",
        "sardine",
        "vitrine",
        "gordijnrail",
        "schoolkantine",
        "kantine",
        "routine",
        "rabarber",
    ];
    if NOT.iter().any(|n| norm.ends_with(n)) {
        return false;
    }
    DRUG_STEMS.iter().any(|stem| {
        norm.strip_suffix(stem)
            .is_some_and(|before| before.chars().count() >= 4 && !before.contains(' '))
    })
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
    fn the_parts_of_a_word_decide_not_its_letters() {
        // A stem inside another word is no compound part; a head that is a
        // job or an ordinary word makes the compound that.
        for innocent in [
            "Hij werkte als operatiemanager bij een drukkerij.",
            "Zij solliciteerde bij een zuivelcoöperatie.",
            "Vacatures in het Noordzeegebied bekeken.",
            "Zij wil doktersassistent worden.",
        ] {
            assert_eq!(flagged(innocent), Vec::<String>::new(), "{innocent}");
        }
        for (medical, word) in [
            ("Hij heeft COPD-klachten.", "COPD-klachten"),
            ("Na de heupoperatie loopt zij met krukken.", "heupoperatie"),
            ("Een migraine-aanval hield haar thuis.", "migraine-aanval"),
            ("Hij heeft last van rugpijnklachten.", "rugpijnklachten"),
            ("Hij had een MS-aanval.", "MS-aanval"),
            ("Zijn nierfunctie gaat achteruit.", "nierfunctie"),
            ("Zij gebruikt pregabaline.", "pregabaline"),
            ("Hij neemt candesartan.", "candesartan"),
        ] {
            assert_eq!(flagged(medical), vec![word.to_string()], "{medical}");
        }
    }

    #[test]
    fn a_capital_alone_does_not_make_a_name() {
        assert_eq!(
            flagged("Zij gaat elke week naar de Psycholoog."),
            vec!["Psycholoog"]
        );
        assert_eq!(flagged("Hij heeft Crohn, zegt hij."), vec!["Crohn"]);
        assert_eq!(
            flagged("Haar Concerta is 's middags uitgewerkt."),
            vec!["Concerta"]
        );
        // A name of more words is a name ...
        assert!(flagged("Oriëntatiegesprek bij Fysiotherapie Dwarsveld gevoerd.").is_empty());
        // ... unless it names where the employee is treated.
        assert_eq!(
            flagged("Hij ligt al een week in Ziekenhuis Lindewaard."),
            vec!["Ziekenhuis"]
        );
    }

    #[test]
    fn a_medical_workplace_in_a_sentence_about_work_is_a_workplace() {
        for innocent in [
            "Hij solliciteert bij een tandartspraktijk als receptionist.",
            "Meeloopdag op de polikliniek, bij de balie.",
            "Het dialysecentrum zoekt een medewerker voor de planning.",
            "Zij heeft ervaring als receptioniste bij een fysiotherapeut.",
        ] {
            assert_eq!(flagged(innocent), Vec::<String>::new(), "{innocent}");
        }
        for medical in [
            "Hij gaat drie keer per week naar het dialysecentrum.",
            "Zij heeft een afspraak bij de fysiotherapeut.",
        ] {
            assert!(!flagged(medical).is_empty(), "{medical}");
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
    fn the_lexicon_finds_terms_as_parts_of_compounds_split_by_the_word_list() {
        for (medical, word) in [
            (
                "Na de hartklepvervanging is zij snel moe.",
                "hartklepvervanging",
            ),
            ("Zij krijgt een adalimumab-injectie.", "adalimumab-injectie"),
            ("Ik krijg paniekaanvallen op de snelweg.", "paniekaanvallen"),
            ("Hij slikt omeprazol.", "omeprazol"),
            ("Zijn HbA1c is gestegen.", "HbA1c"),
            ("Hij mag geen NSAID's meer gebruiken.", "NSAID"),
            ("Hij heeft een pacemaker gekregen.", "pacemaker"),
        ] {
            assert_eq!(flagged(medical), vec![word.to_string()], "{medical}");
        }
        // "stent" is no part of "assistent", nor "scan" of "Scandinavië".
        for innocent in [
            "Hij werkt als assistent op de afdeling inkoop.",
            "Zij zoekt werk in Scandinavië of de Benelux.",
            "De logistiek van de Noordzeehaven groeit.",
        ] {
            assert_eq!(flagged(innocent), Vec::<String>::new(), "{innocent}");
        }
    }

    #[test]
    fn a_word_of_two_senses_is_read_by_its_object() {
        for innocent in [
            "Zij vertelde over de operatie van het distributiecentrum waar ze wil werken.",
            "De diagnose van storingen aan auto's leerde hij bij de garage.",
            "De echo van het gesprek was nog dagen merkbaar.",
            "Het roostersysteem bleek een pleister op de wonde.",
        ] {
            assert_eq!(flagged(innocent), Vec::<String>::new(), "{innocent}");
        }
        for (medical, word) in [
            ("De operatie van vorige week is goed gegaan.", "operatie"),
            ("De operatie aan haar knie is uitgesteld.", "operatie"),
            ("De diagnose van zijn klachten volgt later.", "diagnose"),
        ] {
            assert_eq!(flagged(medical), vec![word.to_string()], "{medical}");
        }
    }

    #[test]
    fn a_name_spans_its_linking_words_and_an_abbreviation_may_open_it() {
        assert!(
            flagged("Ik heb mijn cv gestuurd naar Kliniek voor Plastische Chirurgie Lindenoord.")
                .is_empty()
        );
        assert!(flagged("Ik heb een reactie gekregen van GGZ Wolkenveld.").is_empty());
        // Treated there, the name is where: medical.
        assert_eq!(
            flagged("Hij is in behandeling bij Centrum voor Psychotherapie De Linde."),
            vec!["Psychotherapie"]
        );
    }

    #[test]
    fn what_happened_to_a_part_of_the_body_is_medical() {
        for (medical, word) in [
            ("Haar amandelen zijn vorige week geknipt.", "geknipt"),
            ("Hij heeft zijn arm gebroken bij het voetbal.", "gebroken"),
            ("Zij heeft een zwakke blaas.", "zwakke"),
            (
                "Ik heb een gevoelloze voet door beschadigde zenuwen.",
                "beschadigde",
            ),
        ] {
            assert_eq!(flagged(medical), vec![word.to_string()], "{medical}");
        }
        for innocent in [
            "De prijs van de kaart is gebroken doorgerekend.",
            "Het contract is vervangen door een nieuw contract.",
            "Hij kan met beide handen tillen tot vijf kilo.",
        ] {
            assert_eq!(flagged(innocent), Vec::<String>::new(), "{innocent}");
        }
    }

    #[test]
    fn an_aid_the_workplace_provides_for_is_no_medical_data() {
        // Aids are voorzieningen the employer arranges; the check leaves them.
        for innocent in [
            "De werkplek moet bereikbaar zijn met een rolstoel.",
            "Zij gebruikt een rollator; de gang is breed genoeg.",
        ] {
            assert_eq!(flagged(innocent), Vec::<String>::new(), "{innocent}");
        }
    }

    #[test]
    fn a_clause_the_employee_reports_is_about_work_only_by_its_own_words() {
        assert_eq!(
            flagged(
                "Bij de bespreking van de vacature voor chauffeur noemde zij dat zij elke drie weken bij de internist komt, waarna de brief is verstuurd."
            ),
            vec!["internist"]
        );
        assert_eq!(
            flagged("Mail van werkneemster: haar logopedist adviseert nog geen telefoonwerk."),
            vec!["logopedist"]
        );
        for innocent in [
            "Wn gaf aan dat hij de vacature bij het ziekenhuis interessant vindt.",
            "Zou ik als kok diëtist kunnen worden?",
            "Hij wil zich aanmelden voor de opleiding tot ambulanceverpleegkundige.",
        ] {
            assert_eq!(flagged(innocent), Vec::<String>::new(), "{innocent}");
        }
    }

    #[test]
    fn everyday_words_for_care_are_medical() {
        for (medical, word) in [
            ("Hij heeft een gebroken sleutelbeen.", "gebroken"),
            ("Ze gaat vandaag onder het mes voor haar voet.", "mes"),
            ("Wn moet morgen bloed laten prikken.", "prikken"),
            (
                "Het werkbezoek valt samen met zijn vaste afspraak bij de pijnspecialist.",
                "pijnspecialist",
            ),
        ] {
            assert_eq!(flagged(medical), vec![word.to_string()], "{medical}");
        }
        for innocent in [
            "Hij bracht de kat van zijn zus naar de dierenarts.",
            "Bij de balie van de apotheek werkt zij als assistent.",
            "Het viel op dat het revalidatiecentrum goed bereikbaar is, zodat hij daar open solliciteert.",
        ] {
            assert_eq!(flagged(innocent), Vec::<String>::new(), "{innocent}");
        }
    }

    #[test]
    fn two_main_clauses_are_judged_apart() {
        assert_eq!(
            flagged(
                "Ik moet om de dag naar het dialysecentrum, dus een baan van vijf dagen gaat niet."
            ),
            vec!["dialysecentrum"]
        );
        assert_eq!(
            flagged(
                "De sollicitatie liep, omdat hij was opgenomen op de afdeling cardiologie, vertraging op."
            ),
            vec!["cardiologie"]
        );
        // An opening quote opens the sentence: a brand name stays one.
        assert_eq!(
            flagged("\"Die Thyrax moet ik op een lege maag innemen.\""),
            vec!["Thyrax"]
        );
        for innocent in [
            "Hij heeft de cursus reanimatie voor vrijwilligers gevolgd.",
            "De monteur moest eerst een diagnose van de storing in zijn auto stellen.",
            "De teamleider noemde de overstap een transplantatie van de oude database.",
        ] {
            assert_eq!(flagged(innocent), Vec::<String>::new(), "{innocent}");
        }
    }

    #[test]
    fn a_compound_of_operatie_is_read_by_its_modifier() {
        assert_eq!(
            flagged("Na de heupoperatie loopt hij met krukken."),
            vec!["heupoperatie"]
        );
        assert_eq!(flagged("De kijkoperatie is gelukt."), vec!["kijkoperatie"]);
        for innocent in [
            "De verhuisoperatie naar Lelystad is afgerond.",
            "Zij heeft het certificaat hygiëne en desinfectie gehaald.",
            "Hij leerde hoe een financieel infuus een bedrijf overeind houdt.",
        ] {
            assert_eq!(flagged(innocent), Vec::<String>::new(), "{innocent}");
        }
        // A diminutive is the same word: "poliepje".
        assert_eq!(flagged("Er is een poliepje weggehaald."), vec!["poliepje"]);
        assert_eq!(
            flagged("Hij heeft pijn in zijn rechterschouder bij het reiken."),
            vec!["pijn"]
        );
    }

    #[test]
    fn a_visit_to_a_workplace_is_about_work() {
        for innocent in [
            "Wn loopt twee dagen mee bij de apotheek, vooral in het magazijn.",
            "Op de open dag van het revalidatiecentrum sprak zij de teamleider.",
            "Mw. Boon denkt aan werk als gipsverbandmeester.",
        ] {
            assert_eq!(flagged(innocent), Vec::<String>::new(), "{innocent}");
        }
    }

    #[test]
    fn the_finding_names_the_kind_of_the_word() {
        assert_eq!(
            warnings("Uit de hartecho bleek niets bijzonders.", &[]),
            vec![
                "'hartecho' wijst op een medisch onderzoek; medische gegevens mogen niet naar de werkgever (AP-beleidsregels De zieke werknemer). Noem het onderzoek niet; schrijf alleen wat voor het werk telt (bijvoorbeeld 'is op 12 maart niet beschikbaar'); staat het er bewust, leg het dan vast onder privacy_akkoord met de reden"
            ]
        );
        assert_eq!(
            warnings("Zij lag een week op de hartbewaking.", &[]),
            vec![
                "'hartbewaking' wijst op een plaats van behandeling; medische gegevens mogen niet naar de werkgever (AP-beleidsregels De zieke werknemer). Noem de plaats van behandeling niet; schrijf bijvoorbeeld 'is tot en met 14 maart niet beschikbaar'; staat het er bewust, leg het dan vast onder privacy_akkoord met de reden"
            ]
        );
        assert_eq!(
            warnings("Haar suikerspiegel is te hoog.", &[]),
            vec![
                "'suikerspiegel' wijst op een medische waarde of lichaamsfunctie; medische gegevens mogen niet naar de werkgever (AP-beleidsregels De zieke werknemer). Noem geen medische waarden of lichaamsfuncties; beschrijf wat de werknemer wel en niet kan (bijvoorbeeld 'kan niet werken in een rumoerige ruimte'); staat het er bewust, leg het dan vast onder privacy_akkoord met de reden"
            ]
        );
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
