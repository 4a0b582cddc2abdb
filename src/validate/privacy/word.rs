//! What a word is: the curated stems, abbreviations, eponyms, organs and
//! parts of the body, disease and procedure endings, medicine stems, and
//! the lexicon (`super::lexicon`), applied to one word at a time.
//! A word's category does not depend on its sentence; `context` decides
//! what the sentence makes of it.

use super::Category;
use super::lexicon::lexicon;

#[derive(Debug, Clone, Copy)]
pub(super) enum Kind {
    /// The stem with an inflection, or as either part of a compound
    /// ("fysiotherapie", "therapiesessie").
    Word,
    /// Any word starting with the stem ("psych" -> "psycholoog").
    Prefix,
}

pub(super) struct Term {
    stem: &'static str,
    kind: Kind,
    category: Category,
}

pub(super) const fn w(stem: &'static str, category: Category) -> Term {
    Term {
        stem,
        kind: Kind::Word,
        category,
    }
}

pub(super) const fn p(stem: &'static str, category: Category) -> Term {
    Term {
        stem,
        kind: Kind::Prefix,
        category,
    }
}

use Category::{Diagnosis as D, Medication as M, Practitioner as P, Setting as S, Treatment as T};

/// The curated list. Stems are lower case without diacritics.
pub(super) const TERMS: &[Term] = &[
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
pub(super) const TERMS_OF_ART: &[&str] = &[
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
pub(super) const ORDINARY: &[&str] = &[
    "kankeren",
    "kankerde",
    "kankerden",
    "kankert",
    "gekanker",
    "cooperatie",
    "cooperaties",
    "rontgenblik",
    // Figurative only today: "een flinke aderlating voor de afdeling".
    "aderlating",
    "winkeltherapie",
    // Where instruments are cleaned, never where a patient goes.
    "sterilisatieafdeling",
    // Repairs of things.
    "fietskliniek",
    "dierenkliniek",
    "dierenziekenhuis",
    "poppenkliniek",
    "computerkliniek",
    "telefoonkliniek",
    // A machine, not an examination of the employee.
    "rontgenapparaat",
    "rontgenapparatuur",
    "rontgenscanner",
    "tumorale",
    "spits",
    "hoofdpijndossier",
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
pub(super) const INFLECTIONS: &[&str] = &["", "s", "e", "en", "n", "es", "sen", "ische", "isch"];

/// Letters that must follow a stem before the rest counts as a compound.
pub(super) const MIN_COMPOUND_PART: usize = 3;

/// Whether a word names a part of the body, in the singular or plural
/// ("zenuw", "zenuwen", "knieën").
pub(super) fn is_body(word: &str) -> bool {
    let named = |w: &str| BODY.contains(&w) || ORGANS.contains(&w) || LIMBS.contains(&w);
    let part = |w: &str| {
        named(w)
            || ["en", "s", "n"]
                .iter()
                .any(|end| w.strip_suffix(end).is_some_and(named))
    };
    // Or a compound with one as its head: "sleutel|been", "rechter|hand".
    // A head of three letters only after a side or a position ("linker|oor",
    // "onder|rug"), so that "kant|oor" is no ear.
    part(word)
        || (3..word.len()).any(|k| {
            word.is_char_boundary(k)
                && word[k..].len() >= 3
                && part(&word[k..])
                && if word[k..].len() > 3 {
                    super::lexicon::is_compound(&word[..k])
                } else {
                    matches!(
                        &word[..k],
                        "linker" | "rechter" | "onder" | "boven" | "binnen" | "midden" | "buiten"
                    )
                }
        })
}

/// Limbs and parts that are ordinary words, medical only with what
/// happened to them.
pub(super) const LIMBS: &[&str] = &[
    "oren",
    "oksel",
    "teennagel",
    "nagel",
    "hoofd",
    "hals",
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
    "knieschijf",
    "moedervlek",
];

/// Words: runs of letters, with inner hyphens kept ("burn-out").
pub(super) fn words(text: &str) -> impl Iterator<Item = &str> {
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
/// an ordinary thing or activity: "verhuisoperatie", "geluidsopname",
/// "verkeersinfarct", where "heupoperatie", "dagopname" and "longinfarct"
/// are medical.
pub(super) fn ordinary_compound(norm: &str) -> bool {
    const OPNAME: &[&str] = &[
        "dag",
        "her",
        "spoed",
        "crisis",
        "nacht",
        "observatie",
        "weekend",
        "ziekenhuis",
        "kliniek",
        "ggz",
        "psychiatrie",
        "pet",
        "ct",
        "mri",
        "rontgen",
        "scan",
        "echo",
    ];
    const HEADS: &[(&str, &[&str])] = &[
        (
            "operaties",
            &["kijk", "spoed", "dag", "sleutelgat", "laser"],
        ),
        ("operatie", &["kijk", "spoed", "dag", "sleutelgat", "laser"]),
        ("opnames", OPNAME),
        ("opname", OPNAME),
        ("infarcten", &[]),
        ("infarct", &[]),
    ];
    HEADS.iter().any(|(head, medical)| {
        norm.strip_suffix(head).is_some_and(|whole| {
            // With or without a linking s: "geluid|s|opname", "ziekenhuis|opname".
            let modifier = whole.strip_suffix('s').unwrap_or(whole);
            modifier.len() >= 3
                && super::lexicon::is_compound(modifier)
                && !is_body(modifier)
                && !medical.contains(&modifier)
                && !medical.contains(&whole)
                && lexicon().find(modifier, modifier).is_none()
        })
    })
}

/// [`match_term`] for a word as written, remembered per thread: a caseload
/// repeats its words, and a word's category does not depend on its
/// sentence.
pub(super) fn classify(norm: &str, word: &str) -> Option<Category> {
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
pub(super) fn match_term(norm: &str, parts: &[String], written: &str) -> Option<Category> {
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
    // A street is written with a capital: "Röntgenweg", where
    // "zenuwblokkade" is no quay.
    if written.chars().next().is_some_and(char::is_uppercase)
        && STREET_HEADS.iter().any(|o| norm.ends_with(o))
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
pub(super) const ABBREVIATIONS: &[(&str, Category)] = &[
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
pub(super) const EPONYMS: &[&str] = &[
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
pub(super) const ORGANS: &[&str] = &[
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
pub(super) const BODY: &[&str] = &[
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
pub(super) const BODY_HEADS: &[&str] = &[
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
pub(super) const FORMS: &[(&str, Category)] = &[
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
pub(super) const NOT_FORMS: &[&str] = &[
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
pub(super) fn medical_heads(rest: &str, depth: usize) -> bool {
    depth > 0
        && BODY_HEADS.iter().any(|h| {
            rest.strip_prefix(h)
                .is_some_and(|r| INFLECTIONS.contains(&r) || medical_heads(r, depth - 1))
        })
}

/// Whether `norm` is medical by its form: a disease or procedure ending
/// ("tendinitis", "gastroscopie", "niertransplantatie"), a part of the body
/// with a medical head ("nierfunctie", "heupbreuk"), or an organ.
pub(super) fn by_form(norm: &str) -> Option<Category> {
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
pub(super) fn stems() -> &'static aho_corasick::AhoCorasick {
    static STEMS: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    STEMS.get_or_init(|| {
        aho_corasick::AhoCorasick::new(TERMS.iter().map(|t| t.stem))
            .expect("the stems make an automaton")
    })
}

/// Heads that make a compound a tool ("diagnosecomputer").
pub(super) const THING_HEADS: &[&str] = &[
    "computer",
    "computers",
    "software",
    "apparatuur",
    // Clothes: "operatiekleding" is what a cleaner wears.
    "kleding",
    "doos",
    "terrein",
    // Companies: "geneesmiddelenfabrikant".
    "fabrikant",
    "fabrikanten",
    "fabriek",
    "groothandel",
    "leverancier",
    "wereld",
];

/// Heads of street names ("Röntgenweg", "Ziekenhuisstraat"), when the word
/// has a capital.
pub(super) const STREET_HEADS: &[&str] = &[
    "weg", "straat", "laan", "plein", "gracht", "kade", "singel", "dreef",
];

/// Heads that make a compound a job or a role, not a treatment: an
/// "operatiemanager" runs operations, a "tandartsassistent" works at a
/// dentist's.
pub(super) const JOB_HEADS: &[&str] = &[
    "chauffeur",
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
    "technicus",
    "monteur",
    "ondersteuner",
    "bezorger",
    "bezorgers",
    "koerier",
    "koeriers",
    "maatschap",
    "maatschappen",
];

/// Stems the WHO gives the names of medicines (International
/// Nonproprietary Names), in Dutch spelling: a word ending in one of them
/// is a medicine even when no list names it ("pregabaline", "candesartan").
pub(super) const DRUG_STEMS: &[&str] = &[
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
pub(super) fn drug_by_stem(norm: &str) -> bool {
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

pub(super) fn word_matches(norm: &str, stem: &str) -> bool {
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
