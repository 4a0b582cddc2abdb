//! What the sentence makes of a medical word: work (a vacancy, a job, a
//! placement, a visit, a field about work) and its scope (a clause the
//! employee reports), names, words of two senses and their objects,
//! idioms, what happened to a part of the body, and phrases of several
//! words.

use super::Category;
use super::word::*;

/// Words that say something ordinary together, though one of them is
/// medical alone.
pub(super) const IDIOMS: &[&[&str]] = &[
    &["chirurgische", "precisie"],
    &["klinische", "blik"],
    &["klinische", "toon"],
    &["pleister", "op", "de", "wonde"],
    &["therapeutische", "basis"],
    &["bijna", "een", "hartverzakking"],
    &["pleister", "op", "de", "wond"],
];

/// Whether the word at `i` is part of an idiom.
pub(super) fn in_idiom(norms: &[String], i: usize) -> bool {
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
pub(super) const TREATED: &[&str] = &[
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
pub(super) const ADMITTED: &[&str] = &[
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
pub(super) const JOB_NOUNS: &[&str] = &[
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
pub(super) fn of_a_job(norms: &[String], i: usize) -> bool {
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
pub(super) const TWO_SENSES: &[&str] = &[
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
pub(super) const ORDINARY_SENSE: &[&str] = &[
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
pub(super) const PERSONS: &[&str] = &[
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
pub(super) fn ordinary_use(norms: &[String], i: usize) -> bool {
    if !TWO_SENSES.contains(&norms[i].as_str()) {
        return false;
    }
    // "de logistieke operatie", "een financiële injectie".
    if i > 0 && ORDINARY_SENSE.contains(&norms[i - 1].as_str()) {
        return true;
    }
    // A comparison: "als een grote operatie", "als een injectie".
    if (i.saturating_sub(3)..i).any(|k| norms[k] == "als")
        && (i.saturating_sub(2)..i).any(|k| norms[k] == "een")
    {
        return true;
    }
    // What joins the word to its object: "doof voor het voorstel", "een
    // infectie met ransomware", "de operatie van het magazijn".
    let links: &[&str] = match norms[i].as_str() {
        "doof" => &["voor"],
        "bypass" => &["in", "van", "langs"],
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
pub(super) const TIMES: &[&str] = &[
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
pub(super) fn own_care(norms: &[String], i: usize) -> bool {
    let before = |k: usize| i.checked_sub(k).map(|p| norms[p].as_str());
    let possessive =
        |w: Option<&str>| matches!(w, Some("haar" | "zijn" | "mijn" | "eigen" | "zn" | "dr"));
    // "die GZ-psycholoog van mij"
    let after_mine = norms.get(i + 1).is_some_and(|n| n == "van")
        && norms
            .get(i + 2)
            .is_some_and(|n| matches!(n.as_str(), "mij" | "hem"));
    possessive(before(1))
        || possessive(before(2))
        || after_mine
        || (1..=3).any(|k| before(k) == Some("bij") && before(k + 1) == Some("afspraak"))
}

/// A sentence split where a comma and "dus", "maar" or "want" join two
/// main clauses: "Ik moet om de dag naar het dialysecentrum, dus een baan
/// van vijf dagen gaat niet" holds two statements, each judged alone.
pub(super) fn coordinated_parts(sentence: &str) -> Vec<&str> {
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
pub(super) const SUBORDINATORS: &[&str] = &[
    "wat", "dat", "waarna", "waarvoor", "waarbij", "waardoor", "omdat", "terwijl", "nadat",
    "zodat", "want",
];

/// The clauses of a sentence as ranges of word indices: a new clause at
/// each subordinator, the first (the main clause) from the start. Only a
/// clause the employee reports ("vertelde zij dat ...", "gaf hij aan
/// dat ...") is marked (`true`): it is about work only by its own words.
pub(super) fn clauses(norms: &[String]) -> Vec<(std::ops::Range<usize>, bool)> {
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
pub(super) const REPORTING: &[&str] = &[
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
pub(super) fn becomes(norms: &[String], i: usize) -> bool {
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
pub(super) fn visits_workplace(norms: &[String]) -> bool {
    norms
        .windows(2)
        .any(|w| w[0] == "open" && (w[1] == "dag" || w[1] == "dagen"))
        || norms
            .iter()
            .any(|n| matches!(n.as_str(), "loopt" | "liep" | "liepen" | "lopen" | "loop"))
            && norms.iter().any(|n| n == "mee")
}

/// Whether a word makes a sentence one about work.
pub(super) fn is_work_cue(norm: &str) -> bool {
    static CUES: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    CUES.get_or_init(|| WORK_CUES.iter().copied().collect())
        .contains(norm)
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
pub(super) fn is_workplace(norm: &str) -> bool {
    WORKPLACES
        .iter()
        .any(|w| norm == *w || (norm.ends_with(w) && norm.len() > w.len() + 2))
}

/// A medical statement made of words that are ordinary alone: "een nieuwe
/// heup", "de ziekte van Lyme", "de echo van haar lever".
pub(super) fn by_phrase(norms: &[String], i: usize) -> Option<Category> {
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
    let at_body = || {
        (i + 1..(i + 5).min(norms.len()))
            .any(|k| word(k) == Some("in") && word(k + 1).is_some_and(|w| w != "het"))
            && (i + 1..(i + 7).min(norms.len())).any(|k| word(k).is_some_and(is_body))
    };
    if SYMPTOMS.contains(&norm) && at_body() {
        return Some(Category::Detail);
    }
    // "een injectie in zijn rug"
    if matches!(norm, "injectie" | "injecties" | "prik" | "spuit") && at_body() {
        return Some(Category::Treatment);
    }
    // "knieschijf uit de kom"
    if norm == "kom"
        && i >= 2
        && word(i - 1) == Some("de")
        && word(i - 2) == Some("uit")
        && (i.saturating_sub(6)..i).any(|k| word(k).is_some_and(is_body))
    {
        return Some(Category::Diagnosis);
    }
    // "in de overgang zitten"
    if norm == "overgang"
        && i >= 2
        && word(i - 1) == Some("de")
        && word(i - 2) == Some("in")
        && (i.saturating_sub(4)..(i + 3).min(norms.len()))
            .any(|k| matches!(word(k), Some("zit" | "zat" | "zitten" | "zitte")))
    {
        return Some(Category::Detail);
    }
    // "zuurstof aan huis"
    if norm == "zuurstof" && word(i + 1) == Some("aan") && word(i + 2) == Some("huis") {
        return Some(Category::Treatment);
    }
    // "laten wegsnijden", "laat zich opereren": a procedure on the body.
    if BODY_EVENTS.contains(&norm)
        && (i.saturating_sub(3)..i).any(|k| matches!(word(k), Some("laten" | "laat" | "liet")))
        && (i.saturating_sub(6)..i).any(|k| word(k).is_some_and(is_body))
    {
        return Some(Category::Procedure);
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
pub(super) const BODY_EVENTS: &[&str] = &[
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
    "wegsnijden",
    "weggesneden",
    "wegbranden",
    "weggebrand",
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
pub(super) const BODY_STATES: &[&str] = &[
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
pub(super) fn near_own_body(norms: &[String], i: usize) -> bool {
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
pub(super) const SYMPTOMS: &[&str] = &[
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

/// Whether a word is part of a name, such as a workplace the employee
/// applied to ("Fysiotherapie Dwarsveld", "Apotheek De Linde"): title
/// case, next to another capitalised word of the same name. A capital
/// alone does not make a name: "naar de Psycholoog" and "hij heeft Crohn"
/// are medical whatever their capitals.
pub(super) fn is_name(text: &str, word: &str, prev: Option<&str>, after: &[&str]) -> bool {
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

/// Heads that make a compound a place of work ("tandartspraktijk",
/// "dialysecentrum"), and nouns that are one: where the sentence is about
/// work, these are the employer, not a treatment.
pub(super) const WORKPLACES: &[&str] = &[
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
pub(super) const WORK_CUES: &[&str] = &[
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
    "meekijken",
    "meegekeken",
    "meekeek",
    "planning",
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
