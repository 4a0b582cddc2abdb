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
    &["shot", "adrenaline"],
    &["beste", "medicijn"],
    &["adrenaline", "gegeven"],
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

/// Spoken possessives read as written ones: "m'n oncoloog", "z'n knie",
/// "d'r arts" (split by the apostrophe into "m" and "n"), "mn suiker" and
/// "me rug".
pub(super) fn spoken_possessives(sentence: &str, all: &[&str], norms: &mut [String]) {
    let offset = |w: &str| w.as_ptr() as usize - sentence.as_ptr() as usize;
    for k in 1..all.len() {
        let (first, second) = (all[k - 1], all[k]);
        let gap = &sentence[offset(first) + first.len()..offset(second)];
        if !matches!(gap, "'" | "’") {
            continue;
        }
        let reading = match (norms[k - 1].as_str(), norms[k].as_str()) {
            ("m", "n") => "mijn",
            ("z", "n") => "zijn",
            ("d", "r") => "haar",
            _ => continue,
        };
        norms[k] = reading.to_string();
    }
    for k in 0..norms.len() {
        if norms[k] == "mn" || (norms[k] == "me" && norms.get(k + 1).is_some_and(|n| is_body(n))) {
            norms[k] = "mijn".to_string();
        }
    }
}

/// Subjects that make a medical word a figure of speech: "de hele sector
/// heeft koorts", "de afdeling kreeg een flinke aderlating".
pub(super) const FIGURATIVE_SUBJECTS: &[&str] = &[
    "project",
    "zaak",
    "sector",
    "markt",
    "arbeidsmarkt",
    "economie",
    "branche",
    "afdeling",
    "bedrijf",
    "organisatie",
    "team",
    "beurs",
];

/// Animals: what a vet or a farmer does to them is no medical data.
pub(super) const ANIMALS: &[&str] = &[
    "koe",
    "koeien",
    "kalf",
    "kalveren",
    "zeug",
    "zeugen",
    "varken",
    "varkens",
    "schaap",
    "schapen",
    "paard",
    "paarden",
    "geit",
    "geiten",
    "vee",
    "dieren",
    "dierenarts",
    "hond",
    "honden",
    "kat",
    "katten",
    "kippen",
];

/// Machines and faults: "de storing diagnosticeren" is a mechanic's work.
pub(super) const MACHINES: &[&str] = &[
    "storing",
    "storingen",
    "defect",
    "motor",
    "machine",
    "machines",
    "auto",
    "bestelbus",
    "systeem",
    "computer",
    "netwerk",
    "apparaat",
    "software",
    "printer",
    "wasmachine",
    "compressor",
    "heftruck",
    "monteur",
    "installatie",
    "fiets",
];

/// Whether the medical word at `i` is a figure of speech: a comparison
/// ("werkte als een vaccinatie", "lijken wel operatiekleding"), a thing as
/// the subject ("de hele sector heeft koorts"), or the diagnosis of a
/// machine. Quotes prove nothing: coaches quote what others said ("zijn
/// 'suikerziekte'", "'aan de morfine'") as often as a figure.
pub(super) fn figurative(norms: &[String], i: usize) -> bool {
    let word = |k: usize| norms.get(k).map(String::as_str);
    // "als een vaccinatie", "als een soort operatie"
    if (i.saturating_sub(3)..i).any(|k| word(k) == Some("als"))
        && (i.saturating_sub(2)..i).any(|k| word(k) == Some("een"))
    {
        return true;
    }
    // "bijna therapeutisch", "haast klinisch"
    if i > 0
        && matches!(word(i - 1), Some("bijna" | "haast"))
        && (norms[i].ends_with("isch") || norms[i].ends_with("ische"))
    {
        return true;
    }
    // A thing that lies on the drip: "de oude machine hangt aan het infuus",
    // "het bedrijf ligt aan de beademing", "het team leed aan bloedarmoede".
    if norms[i + 1..(i + 3).min(norms.len())].iter().any(|n| {
        matches!(
            n.as_str(),
            "ligt" | "lag" | "liggen" | "hangt" | "hing" | "leed" | "lijdt"
        )
    }) && (0..i).any(|k| {
        (FIGURATIVE_SUBJECTS.contains(&norms[k].as_str()) || MACHINES.contains(&norms[k].as_str()))
            && !norms[k + 1..i]
                .iter()
                .any(|n| PERSONS.contains(&n.as_str()))
            // a subject, not a place: "op de afdeling cardiologie ligt"
            && !norms[k.saturating_sub(2)..k]
                .iter()
                .any(|n| matches!(n.as_str(), "op" | "in" | "aan" | "bij" | "naar" | "van"))
    }) {
        return true;
    }
    // A name: "de Operatiezaal, zo heet hun vergaderruimte" (not "artrose
    // heet dat")
    if norms[i + 1..(i + 5).min(norms.len())]
        .windows(2)
        .any(|w| w[0] == "zo" && matches!(w[1].as_str(), "heet" | "heten"))
    {
        return true;
    }
    // Animals: "een keizersnede bij een koe", "de inseminatie van de zeugen"
    if norms[i.saturating_sub(6)..(i + 5).min(norms.len())]
        .iter()
        .any(|n| ANIMALS.contains(&n.as_str()))
        && !near_own_body(norms, i)
    {
        return true;
    }
    // "lijken wel operatiekleding"
    if (i.saturating_sub(3)..i).any(|k| {
        matches!(word(k), Some("lijkt" | "lijken" | "leek" | "leken")) && word(k + 1) == Some("wel")
    }) {
        return true;
    }
    // A thing as the subject, right before its verb ("de hele sector
    // heeft koorts"), and nobody before the word.
    let before = &norms[..i];
    if (1..before.len()).any(|k| {
        !before[k..].iter().any(|n| PERSONS.contains(&n.as_str()))
            && FIGURATIVE_SUBJECTS.contains(&before[k - 1].as_str())
            && matches!(
                before[k].as_str(),
                "heeft"
                    | "had"
                    | "kreeg"
                    | "krijgt"
                    | "lijdt"
                    | "leed"
                    | "zit"
                    | "is"
                    | "ligt"
                    | "lag"
            )
    }) {
        return true;
    }
    // The diagnosis of a machine, the scan of a document or of goods.
    ((norms[i].starts_with("diagnos") || norms[i] == "kwaal")
        && norms.iter().any(|n| MACHINES.contains(&n.as_str())))
        || ((norms[i].starts_with("scan") || norms[i] == "gescand")
            && norms.iter().any(|n| SCANNABLES.contains(&n.as_str())))
        // "het voormalige Sint-Jozefziekenhuis, dat nu een
        // bedrijfsverzamelgebouw is"
        || (i > 0 && matches!(norms[i - 1].as_str(), "voormalige" | "voormalig"))
}

/// What one scans at work: documents and goods.
pub(super) const SCANNABLES: &[&str] = &[
    "cv",
    "diploma",
    "diplomas",
    "papieren",
    "documenten",
    "document",
    "brief",
    "brieven",
    "formulier",
    "formulieren",
    "paspoort",
    "barcode",
    "barcodes",
    "bonnen",
    "pakket",
    "pakketten",
    "pakketjes",
    "artikelen",
    "producten",
    "dozen",
    "inpakken",
    "facturen",
    "archiveren",
    "post",
    "boeken",
    "kassa",
];

/// Whether the medicine at `i` is goods: "fietstassen vol medicijnen",
/// "dozen medicijnen uitpakken".
pub(super) fn goods(norms: &[String], i: usize) -> bool {
    let before = i.checked_sub(1).map(|p| norms[p].as_str());
    // "vult de vakken met vitamines en pijnstillers"
    let stocking = norms[i.saturating_sub(6)..i].iter().any(|n| {
        matches!(
            n.as_str(),
            "vult"
                | "vullen"
                | "aanvullen"
                | "sorteert"
                | "verkoopt"
                | "verkopen"
                | "levert"
                | "vakken"
        )
    });
    if stocking {
        return true;
    }
    matches!(
        before,
        Some("vol" | "dozen" | "doos" | "pakketten" | "pakket" | "zakken" | "kratten" | "lading")
    ) || norms[i + 1..(i + 3).min(norms.len())].iter().any(|n| {
        matches!(
            n.as_str(),
            "bezorgen"
                | "bezorgt"
                | "rondbrengen"
                | "uitpakken"
                | "sorteren"
                | "inpakken"
                | "verzenden"
        )
    })
}

/// Whether the place at `i` is where something is housed: "het dorpshuis,
/// waar ook de huisartsenpost zit", "de dagen dat de prikpost er zit".
pub(super) fn located(norms: &[String], i: usize) -> bool {
    let no_person =
        |r: std::ops::Range<usize>| !norms[r].iter().any(|n| PERSONS.contains(&n.as_str()));
    // The place is the subject of a clause: "waar (ook) de ...", "dat de ...".
    let subject = i >= 2
        && matches!(norms[i - 1].as_str(), "de" | "het")
        && (matches!(norms[i - 2].as_str(), "waar" | "dat" | "die")
            || (norms[i - 2] == "ook" && i >= 3 && norms[i - 3] == "waar"));
    subject
        && (i + 1..(i + 6).min(norms.len())).any(|k| {
            matches!(norms[k].as_str(), "zit" | "zitten" | "gevestigd") && no_person(i + 1..k)
        })
}

/// Whether the word at `i` is a job's target group: "dagbesteding voor
/// mensen met dementie".
pub(super) fn target_group(norms: &[String], i: usize) -> bool {
    i >= 2
        && norms[i - 1] == "met"
        && matches!(
            norms[i - 2].as_str(),
            "mensen"
                | "clienten"
                | "kinderen"
                | "ouderen"
                | "jongeren"
                | "bewoners"
                | "volwassenen"
        )
}

/// Whether the word at `i` is what a company makes or sells: "een
/// groothandel in geneesmiddelen", "een fabrikant van infuuspompen".
pub(super) fn traded(norms: &[String], i: usize) -> bool {
    i >= 2
        && matches!(norms[i - 1].as_str(), "in" | "van")
        && matches!(
            norms[i - 2].as_str(),
            "groothandel" | "handel" | "fabrikant" | "fabriek" | "leverancier" | "producent"
        )
}

/// Words that say the employee is treated somewhere: a workplace's name
/// in such a sentence is where, not an employer.
pub(super) const TREATED: &[&str] = &[
    "verblijft",
    "verbleef",
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

/// Documents something is "opgenomen" in: no admission.
pub(super) const DOCUMENTS: &[&str] = &[
    "plan",
    "aanpak",
    "pva",
    "rapport",
    "verslag",
    "contract",
    "rooster",
    "agenda",
    "dossier",
    "profiel",
    "overeenkomst",
    "lijst",
    "planning",
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
    "organisatie",
    "deskundige",
    "logistiek",
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
        // Articles, links and adjectives: "medewerker centrale sterilisatie",
        // "medewerker hygiëne en infectiepreventie".
        if !matches!(w, "van" | "de" | "het" | "een" | "voor" | "en")
            && !w.ends_with("ale")
            && !w.ends_with("ische")
        {
            return false;
        }
    }
    false
}

/// Whether the word at `i` names whose a workplace or team is, after "van"
/// or "voor": "het schoonmaakteam van het hospice", "een praktijk voor
/// oefentherapie", "de sterilisatieafdeling van een umc". The workplace
/// itself must be no medical word ("de polikliniek van het ziekenhuis"
/// stays for the polikliniek to answer), and outside a sentence about work
/// only a team or the sterilisation department count ("een centrum voor
/// eetstoornissen" is where the employee stays).
pub(super) fn of_a_workplace(norms: &[String], i: usize, about_work: bool) -> bool {
    let mut k = i;
    let mut linked = false;
    for _ in 0..4 {
        let Some(prev) = k.checked_sub(1) else {
            return false;
        };
        k = prev;
        let w = norms[k].as_str();
        if matches!(w, "van" | "voor") {
            linked = true;
            continue;
        }
        // Articles and adjectives: "van een privékliniek voor plastische
        // chirurgie".
        if matches!(w, "de" | "het" | "een")
            || w.ends_with("ische")
            || w.ends_with("ieve")
            || w.ends_with("ale")
        {
            continue;
        }
        // Where the employee stays is no workplace: "verbleef in een
        // centrum voor hartrevalidatie".
        if patient_at(norms, k) {
            return false;
        }
        let team = (w.len() > 6 && w.ends_with("team")) || WORK_PARTS.contains(&w);
        // In a sentence about work a medical workplace counts when it is
        // itself one of a workplace: "de linnenkamer van een privékliniek
        // voor plastische chirurgie", not "een centrum voor hartrevalidatie".
        return linked
            && ((team && classify(w, w).is_none())
                || (about_work
                    && is_workplace(w)
                    && (classify(w, w).is_none() || of_a_workplace(norms, k, about_work))));
    }
    false
}

/// Parts of a workplace where nobody is treated: "de wasserij van een
/// psychiatrisch centrum", "de ingang van de spoedeisende hulp".
pub(super) const WORK_PARTS: &[&str] = &[
    "sterilisatieafdeling",
    "wasserij",
    "linnenkamer",
    "keuken",
    "kantine",
    "receptie",
    "balie",
    "magazijn",
    "administratie",
    "ingang",
    "restaurant",
    "parkeergarage",
    "postkamer",
    "logistiek",
    "beveiliging",
    "schoonmaakdienst",
];

/// Words with a medical and an ordinary sense: an operation of a
/// warehouse, the diagnosis of a fault, the heartbeat of a factory.
pub(super) const TWO_SENSES: &[&str] = &[
    "amputeren",
    "dokteren",
    "spoedoperatie",
    "koorts",
    "detox",
    "detoxkuur",
    "rontgenfoto",
    "jeuk",
    "dokter",
    "huisarts",
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
    "wn",
    "betrokkene",
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
    // "Dat gesprek was echt een operatie", "de verbouwing blijkt een
    // enorme operatie": an operation nothing ties to the employee.
    if matches!(norms[i].as_str(), "operatie" | "operaties") && !surgery_anchored(norms, i) {
        return true;
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
        "dokter" | "huisarts" => &["van", "voor"],
        "dokteren" => &["aan"],
        "koorts" => &["op", "in"],
        _ => &["van", "om", "aan"],
    };
    let Some(link) = (i + 1..(i + 3).min(norms.len())).find(|&k| {
        links.contains(&norms[k].as_str())
            // "39 graden koorts op bed" has no object; "koorts op de
            // woningmarkt" has one.
            && (norms[i] != "koorts"
                || norms
                    .get(k + 1)
                    .is_some_and(|n| matches!(n.as_str(), "de" | "het")))
    }) else {
        return false;
    };
    let object = &norms[link + 1..(link + 5).min(norms.len())];
    // The object ends where a clause begins: "de operatie van het
    // distributiecentrum waar ze wil werken".
    // A clause's word opens the object only as its determiner: "jeuk van
    // die formulieren".
    let object = &object[..object
        .iter()
        .enumerate()
        .position(|(k, w)| {
            k > 0
                && matches!(
                    w.as_str(),
                    "waar"
                        | "waarbij"
                        | "waarin"
                        | "waarmee"
                        | "waardoor"
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
                        | "is"
                        | "was"
                        | "aldus"
                )
        })
        .unwrap_or(object.len())];
    !object.is_empty()
        && !object.iter().enumerate().any(|(k, w)| {
            let w = w.as_str();
            // "van haar vaardigheden": a possessive counts only alone or
            // before a part of the body or a complaint ("de operatie van haar
            // knie", "de diagnose van zijn klachten").
            if matches!(w, "haar" | "zijn" | "mijn") {
                return object.get(k + 1).is_none_or(|n| {
                    is_body(n)
                        || matches!(
                            n.as_str(),
                            "klachten" | "klacht" | "pijn" | "gezondheid" | "herstel" | "lichaam"
                        )
                        || match_term(n, &[], n).is_some()
                });
            }
            // A number: a measurement or a date ("een hartslag van 130").
            w.is_empty()
                || PERSONS.contains(&w)
                || is_body(w)
                || (TIMES.contains(&w)
                    // "de afgelopen sollicitaties" is no time
                    && (!matches!(w, "vorige" | "afgelopen" | "volgende" | "komende")
                        || object.get(k + 1).is_some_and(|n| TIMES.contains(&n.as_str()))))
                || crate::dates::MONTHS.contains(&w)
                || match_term(w, &[], w).is_some()
        })
}

/// Words that tie an operation to the employee's body or care: it is had,
/// planned, recovered from, done under anaesthesia.
pub(super) const SURGERY_ANCHORS: &[&str] = &[
    "gehad",
    "ondergaan",
    "ondergaat",
    "onderging",
    "krijgt",
    "kreeg",
    "krijg",
    "krijgen",
    "gekregen",
    "gepland",
    "herstel",
    "herstelt",
    "hersteld",
    "herstellen",
    "herstelperiode",
    "herstelfase",
    "revalidatie",
    "narcose",
    "geopereerd",
    "ziekenhuis",
    "wond",
    "hechtingen",
    "chirurg",
    "complicaties",
    "opgenomen",
    "verdoving",
    "uitgesteld",
    "wachtlijst",
    "gegaan",
    "geslaagd",
    "zware",
    "gedaan",
];

/// Whether the operation or intervention at `i` is the employee's: a
/// possessive or "na de" before it, a date after it, a part of the body or
/// one of [`SURGERY_ANCHORS`] in its sentence.
pub(super) fn surgery_anchored(norms: &[String], i: usize) -> bool {
    let word = |k: usize| norms.get(k).map(String::as_str);
    let possessive = (1..=2)
        .any(|k| i >= k && matches!(word(i - k), Some("zijn" | "haar" | "mijn" | "zn" | "dr")));
    let around = i >= 2
        && word(i - 1) == Some("de")
        && matches!(
            word(i - 2),
            Some("na" | "voor" | "sinds" | "vanwege" | "door" | "tot" | "rond")
        );
    // A date or a number after it: "operatie 12/3".
    let dated = word(i + 1) == Some("");
    // A part of the body named as such ("aan haar enkel", "de knie"), not
    // one found inside another word ("kant|oor").
    let named = |w: &str| BODY.contains(&w) || ORGANS.contains(&w) || LIMBS.contains(&w);
    let body = |k: usize| {
        named(&norms[k])
            || (k > 0
                && matches!(norms[k - 1].as_str(), "zijn" | "haar" | "mijn" | "aan")
                && is_body(&norms[k]))
    };
    possessive
        || around
        || dated
        || (0..norms.len()).any(|k| SURGERY_ANCHORS.contains(&norms[k].as_str()) || body(k))
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
    let after = |k: usize| norms.get(i + k).map(String::as_str);
    // "die GZ-psycholoog van mij", "de ergotherapeut van wn"
    let after_mine = after(1) == Some("van")
        && matches!(
            after(2),
            Some("mij" | "hem" | "wn" | "werknemer" | "werkneemster")
        );
    // "de psychomotorisch therapeut bij wie zij wekelijks komt"
    let whom = (after(1) == Some("bij") && after(2) == Some("wie"))
        // "een poliklinische afspraak"
        || matches!(after(1), Some("afspraak" | "afspraken" | "controle" | "controles"));
    // "begeleid door een praktijkondersteuner", "verwezen naar de
    // neuroloog", "ziet de ergo wekelijks"
    let in_care = (1..=3).any(|k| {
        (before(k) == Some("door")
            && matches!(
                before(k + 1),
                Some("begeleid" | "behandeld" | "onderzocht" | "gezien" | "geholpen")
            ))
            || (before(k) == Some("naar")
                && matches!(before(k + 1), Some("verwezen" | "doorverwezen")))
    }) || (1..=2).any(|k| matches!(before(k), Some("ziet" | "zag" | "zie")));
    possessive(before(1))
        || possessive(before(2))
        || after_mine
        || whom
        || in_care
        || (1..=3).any(|k| {
            before(k) == Some("bij") && matches!(before(k + 1), Some("afspraak" | "afspraken"))
        })
}

/// Whether the practitioner at `i` is consulted: "gaat dinsdag naar de
/// gynaecoloog", "bezoekt eens per twee weken een psycholoog", "heeft de
/// psychiater gesproken".
pub(super) fn consulted(norms: &[String], i: usize) -> bool {
    let before = |k: usize| i.checked_sub(k).map(|p| norms[p].as_str());
    let after = |k: usize| norms.get(i + k).map(String::as_str);
    (1..=4).any(|k| {
        before(k) == Some("naar")
            && (k + 1..=k + 3).any(|j| {
                matches!(
                    before(j),
                    Some("gaat" | "ga" | "ging" | "gingen" | "gaan" | "moet" | "moest")
                )
            })
    }) || (1..=6).any(|k| {
        matches!(
            before(k),
            Some("bezoekt" | "bezocht" | "consulteert" | "raadpleegt" | "raadpleegde")
        )
    }) || (1..=2).any(|k| matches!(after(k), Some("gesproken" | "geconsulteerd")))
        // "gesprekken bij de praktijkondersteuner", "de behandelend longarts"
        || (1..=3).any(|k| before(k) == Some("bij") && before(k + 1) == Some("gesprekken"))
        || matches!(before(1), Some("behandelend" | "behandelende"))
        || (1..=3).any(|k| {
            before(k) == Some("naar")
                && matches!(before(k + 1), Some("verwijzing" | "doorverwijzing"))
        })
        // "de verpleegkundig specialist die mij begeleidt"
        || (after(1) == Some("die")
            && matches!(after(2), Some("mij" | "hem" | "haar" | "me"))
            && matches!(after(3), Some("begeleidt" | "behandelt" | "begeleidde" | "behandelde")))
        // "bij de uroloog is geweest", "bij zo'n hartdokter loopt"
        || ((1..=3).any(|k| before(k) == Some("bij"))
            && (1..=5).any(|k| {
                matches!(after(k), Some("geweest" | "gezeten" | "loopt" | "loop" | "liep"))
            }))
        || ((1..=3).any(|k| before(k) == Some("naar"))
            && (1..=4).any(|k| matches!(after(k), Some("gaat" | "ga" | "ging" | "moet"))))
        // "via de praktijkondersteuner", "naar de longarts wil"
        || (1..=2).any(|k| before(k) == Some("via"))
        || ((1..=2).any(|k| before(k) == Some("naar"))
            && matches!(after(1), Some("wil" | "moet" | "gaat" | "ging" | "moest")))
        || (1..=3).any(|k| {
            matches!(before(k), Some("bij" | "aan" | "met"))
                && matches!(
                    before(k + 1),
                    Some("afspraak" | "bezoek" | "consult" | "controle" | "controles")
                )
        })
}

/// Words that say the employee is a patient where the word after "in",
/// "naar" or "op" names: "in het revalidatiecentrum traint", "drie
/// maanden in een brandwondencentrum gelegen", "elke week naar het
/// dialysecentrum moet".
pub(super) const PATIENT_WORDS: &[&str] = &[
    "traint",
    "trainen",
    "train",
    "revalideert",
    "revalideren",
    "revalideer",
    "gelegen",
    "lag",
    "ligt",
    "lig",
    "verblijft",
    "verbleef",
    "verblijven",
    "zit",
    "zat",
    "zitten",
    "opgenomen",
    "behandeld",
    "behandeling",
    "controle",
    "controles",
    "therapie",
    "dialyse",
    "dialyseert",
    "gebracht",
    "overgebracht",
    "ambulance",
    "woont",
    "elke",
    "iedere",
    "wekelijks",
    "dagelijks",
];

/// Whether the employee is a patient at the place named at `i`, however
/// much the sentence is about work: a patient's word within eight words
/// before it or right after it, and no word about work among them.
pub(super) fn patient_at(norms: &[String], i: usize) -> bool {
    let word = |k: usize| norms.get(k).map(String::as_str);
    let determiner = |w: Option<&str>| matches!(w, Some("de" | "het" | "een"));
    let place = (1..=2).any(|k| {
        i >= k
            && matches!(word(i - k), Some("in" | "naar" | "op"))
            && (k == 1 || determiner(word(i - 1)))
    });
    if !place {
        return false;
    }
    // The verb stands before the place or is the word right after it
    // ("naar het dialysecentrum moet, zoeken we ...").
    let window = &norms[i.saturating_sub(8)..(i + 2).min(norms.len())];
    window.iter().any(|n| PATIENT_WORDS.contains(&n.as_str()))
        && !window.iter().any(|n| is_work_cue(n))
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
    "zodat", "want", "voordat", "totdat", "zodra",
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
                || matches!(
                    n.as_str(),
                    "omdat" | "terwijl" | "nadat" | "want" | "voordat" | "totdat" | "zodra"
                );
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
    "hoorde",
    "hoort",
    "gehoord",
];

/// Whether the practitioner at `i` is a job one becomes or does.
pub(super) fn becomes(norms: &[String], i: usize) -> bool {
    let before = |k: usize| i.checked_sub(k).map(|p| norms[p].as_str());
    // "Mijn nicht is verpleegkundige": someone else's job.
    let relative = ((1..=2).any(|k| matches!(before(k), Some("is" | "was" | "wordt" | "werd")))
        && (2..=5).any(|k| before(k).is_some_and(|w| RELATIVES.contains(&w))))
        // "dat haar zus verpleegkundige is"
        || (norms
            .get(i + 1)
            .is_some_and(|n| matches!(n.as_str(), "is" | "was"))
            && before(1).is_some_and(|w| RELATIVES.contains(&w)));
    // "dat hij vroeger zelf ambulanceverpleegkundige was": a past job.
    let former = norms
        .get(i + 1)
        .is_some_and(|n| matches!(n.as_str(), "was" | "is"))
        && (1..=3).any(|k| matches!(before(k), Some("vroeger" | "zelf")));
    // "zonder verpleegkundige achtergrond": a skill.
    let background = norms.get(i + 1).is_some_and(|n| {
        matches!(
            n.as_str(),
            "achtergrond" | "vooropleiding" | "ervaring" | "diploma" | "kennis" | "taken"
        )
    });
    // "Partner, zelf verpleegkundige, vertelde": an apposition.
    matches!(before(1), Some("als" | "tot" | "zelf"))
        || relative
        || former
        || background
        || norms[i + 1..(i + 4).min(norms.len())]
            .iter()
            .any(|n| n == "worden" || n == "haalbaar")
}

/// Whether the clause `range` is about someone else: a relative or an
/// acquaintance in it, and no word for the employee ("mijn vader was
/// vroeger chirurg", "de trainer van zijn zoon is verpleegkundige op de
/// IC"), where "mijn moeder bracht me naar het ziekenhuis" is about the
/// employee.
pub(super) fn about_someone_else(norms: &[String], range: std::ops::Range<usize>) -> bool {
    // "De dochter vertelde dat haar vader bij de uroloog is geweest": the
    // relative who reports speaks of the employee.
    // So does one who opens the note ("Dochter: 'papa is ...'") or who is
    // named as the employee's ("Dochter van wn meldde dat haar moeder ...").
    if norms
        .first()
        .is_some_and(|n| RELATIVES.contains(&n.as_str()))
        || norms
            .windows(2)
            .any(|w| w[0] == "van" && matches!(w[1].as_str(), "wn" | "werknemer" | "werkneemster"))
        || norms.windows(3).any(|w| {
            RELATIVES.contains(&w[0].as_str())
                && (REPORTING.contains(&w[1].as_str()) || REPORTING.contains(&w[2].as_str()))
        })
    {
        return false;
    }
    let clause = &norms[range];
    clause
        .iter()
        .any(|n| RELATIVES.contains(&n.as_str()) || n.ends_with("trainer"))
        && !clause.iter().any(|n| {
            matches!(
                n.as_str(),
                "ik" | "me"
                    | "mij"
                    | "hij"
                    | "hem"
                    | "zij"
                    | "ze"
                    | "wn"
                    | "werknemer"
                    | "werkneemster"
            )
        })
}

/// Relatives and acquaintances: their jobs are not the employee's care.
pub(super) const RELATIVES: &[&str] = &[
    "nicht",
    "neef",
    "zus",
    "zussen",
    "broer",
    "moeder",
    "vader",
    "dochter",
    "zoon",
    "tante",
    "oom",
    "partner",
    "vriendin",
    "vriend",
    "buurvrouw",
    "buurman",
    "schoonzus",
    "zwager",
    "schoonmoeder",
];

/// Whether a sentence says the employee visits a workplace: walks along,
/// a separable verb ("loopt twee dagen mee bij de apotheek"), or an open
/// day.
pub(super) fn visits_workplace(norms: &[String]) -> bool {
    let has = |w: &str| norms.iter().any(|n| n == w);
    norms
        .windows(2)
        .any(|w| w[0] == "open" && (w[1] == "dag" || w[1] == "dagen"))
        // "op gesprek bij de apotheek", "maak schoon bij de huisarts", "een
        // ochtend kijken bij de sterilisatieafdeling"
        || norms.windows(2).any(|w| w[0] == "op" && w[1] == "gesprek")
        || (has("schoon") && ["maak", "maakt", "maken", "maakte"].iter().any(|w| has(w)))
        || norms
            .windows(2)
            .any(|w| matches!(w[0].as_str(), "kijken" | "kijkje") && w[1] == "bij")
        // "de telefoon aannemen", "breng ik de maaltijden rond"
        || (has("telefoon")
            && (has("aannemen") || has("aanneemt") || has("opnemen") || (has("aan") && has("nemen"))))
        // "belt patiënten van een tandartspraktijk"
        || ((has("patienten") || has("klanten") || has("clienten"))
            && ["belt", "bellen", "helpt", "ontvangt", "ontvangen"].iter().any(|w| has(w)))
        || (["breng", "brengt", "bracht", "brengen"].iter().any(|w| has(w)) && has("rond"))
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
            "proefwe",
        ]
        .iter()
        .any(|p| norm.starts_with(p))
        || (norm.len() > 6 && (norm.ends_with("ploeg") || norm.ends_with("diensten")))
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
    let near = |from: usize, to: usize, set: &[&str]| {
        (i.saturating_sub(from)..(i + to + 1).min(norms.len()))
            .any(|k| k != i && word(k).is_some_and(|w| set.contains(&w)))
    };
    let possessed = i > 0 && matches!(word(i - 1), Some("zijn" | "haar" | "mijn" | "zn" | "dr"));
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
    // "zijn nek is vorige week gescand": the part as the subject.
    if BODY_EVENTS.contains(&norm)
        && (i.saturating_sub(5)..i).any(|k| {
            is_body(&norms[k])
                && norms[k].len() > 2
                && norms[k + 1..i]
                    .iter()
                    .any(|n| matches!(n.as_str(), "is" | "zijn" | "werd" | "wordt" | "worden"))
        })
    {
        return Some(Category::Procedure);
    }
    // "wn: amandelen geknipt": the part right before it, in a note.
    if BODY_EVENTS.contains(&norm)
        && (near_own_body(norms, i) || (i > 0 && is_body(&norms[i - 1]) && norms[i - 1].len() > 4))
    {
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
    // "krijgt thuis zuurstof", "zuurstof toegediend"
    if norm == "zuurstof" && word(i + 1) == Some("toegediend") {
        return Some(Category::Treatment);
    }
    if norm == "zuurstof"
        && (i.saturating_sub(3)..i).any(|k| matches!(word(k), Some("krijgt" | "kreeg" | "krijg")))
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
        (i + 1..(i + 5).min(norms.len())).any(|k| {
            matches!(word(k), Some("in" | "op")) && word(k + 1).is_some_and(|w| w != "het")
        }) && (i + 1..(i + 7).min(norms.len())).any(|k| word(k).is_some_and(is_body))
    };
    if SYMPTOMS.contains(&norm) && at_body() {
        return Some(Category::Detail);
    }
    // "met een camera in mijn maag kijken", "een kijkje in zijn maag", "een
    // kastje op zijn borst"
    if matches!(
        norm,
        "camera" | "cameraatje" | "slangetje" | "kijkje" | "kastje"
    ) && at_body()
    {
        return Some(Category::Examination);
    }
    // "schildkliertabletjes", "maagpillen": a medicine named by the organ
    if [
        "tabletje",
        "tabletjes",
        "tablet",
        "tabletten",
        "pil",
        "pillen",
        "pilletje",
        "pilletjes",
    ]
    .iter()
    .any(|head| {
        norm.strip_suffix(head)
            .is_some_and(|modifier| modifier.len() >= 3 && is_body(modifier))
    }) {
        return Some(Category::Medication);
    }
    // "stemmen hoorde die er niet waren"
    if norm == "stemmen" && near(0, 2, &["hoorde", "hoort", "horen", "hoor"]) {
        return Some(Category::Diagnosis);
    }
    // "valt ongewild af", "ongewild in slaap valt"
    if norm == "ongewild"
        && near(
            0,
            4,
            &[
                "af",
                "afgevallen",
                "afvallen",
                "slaap",
                "gewichtsverlies",
                "kilo",
            ],
        )
    {
        return Some(Category::Detail);
    }
    // "proberen al twee jaar een kindje te krijgen"
    if matches!(norm, "kindje" | "kind" | "baby")
        && near(6, 0, &["proberen", "probeert", "probeer"])
        && near(0, 3, &["krijgen"])
    {
        return Some(Category::Detail);
    }
    // "zit elke dinsdag bij iemand voor zijn hoofd"
    if norm == "iemand"
        && i > 0
        && word(i - 1) == Some("bij")
        && word(i + 1) == Some("voor")
        && matches!(word(i + 2), Some("mijn" | "zijn" | "haar"))
        && matches!(word(i + 3), Some("hoofd" | "kop" | "rug" | "knie"))
    {
        return Some(Category::Practitioner);
    }
    // "op de gesloten", "in een beschermde woonvorm"
    if norm == "gesloten"
        && i >= 2
        && word(i - 1) == Some("de")
        && word(i - 2) == Some("op")
        && !word(i + 1).is_some_and(|w| w.len() > 3 && w != "gezeten")
    {
        return Some(Category::Setting);
    }
    if norm == "beschermde" && word(i + 1) == Some("woonvorm") {
        return Some(Category::Setting);
    }
    // "van de drank af willen", "stoppen met drinken"
    if (matches!(norm, "drank" | "drugs" | "alcohol")
        && i >= 2
        && word(i - 1) == Some("de")
        && word(i - 2) == Some("van")
        && word(i + 1) == Some("af"))
        || (norm == "drinken"
            && i >= 2
            && word(i - 1) == Some("met")
            && word(i - 2) == Some("stoppen"))
    {
        return Some(Category::Diagnosis);
    }
    // "mijn bloed laten nakijken"
    if norm == "bloed"
        && near(0, 3, &["nakijken", "controleren", "onderzoeken", "testen"])
        && near(2, 3, &["laten", "laat", "liet"])
    {
        return Some(Category::Examination);
    }
    // "ik verlies nog steeds bloed"
    if norm == "bloed" && near(5, 3, &["verlies", "verliest", "verloor", "verloren"]) {
        return Some(Category::Detail);
    }
    // "in de scanner geweest"
    if norm == "scanner"
        && i >= 2
        && word(i - 2) == Some("in")
        && near(
            0,
            3,
            &["geweest", "gelegen", "lag", "liggen", "moet", "moest"],
        )
    {
        return Some(Category::Examination);
    }
    // "ligt ter observatie"
    if norm == "observatie" && i > 0 && word(i - 1) == Some("ter") {
        return Some(Category::Setting);
    }
    // "valt overdag spontaan in slaap"
    if norm == "slaap"
        && i > 0
        && word(i - 1) == Some("in")
        && near(5, 2, &["valt", "viel", "vallen", "valt"])
        && near(
            5,
            0,
            &["overdag", "spontaan", "ongewild", "plotseling", "steeds"],
        )
    {
        return Some(Category::Detail);
    }
    // "waar ik behandeld word"
    if norm == "behandeld"
        && near(4, 1, &["word", "wordt", "werd", "worden"])
        && near(
            5,
            0,
            &["ik", "hij", "zij", "ze", "wn", "werknemer", "werkneemster"],
        )
    {
        return Some(Category::Treatment);
    }
    // "ongewenst kinderloos", "'s nachts benauwd wakker"
    if norm == "kinderloos" && i > 0 && word(i - 1) == Some("ongewenst") {
        return Some(Category::Detail);
    }
    if norm == "benauwd" && near(4, 2, &["nachts", "wakker", "adem"]) {
        return Some(Category::Detail);
    }
    // "twaalf kilo afgevallen zonder dat hij dat wilde"
    if matches!(norm, "afgevallen" | "afvallen")
        && near(4, 0, &["kilo"])
        && (near(0, 4, &["zonder", "ongewild", "onbedoeld"]) || near(6, 0, &["ziekte"]))
    {
        return Some(Category::Detail);
    }
    // "'het aan zijn hart heeft'"
    if is_body(norm)
        && i >= 3
        && matches!(word(i - 1), Some("zijn" | "haar" | "mijn"))
        && word(i - 2) == Some("aan")
        && word(i - 3) == Some("het")
    {
        return Some(Category::Diagnosis);
    }
    // "allerlei onderzoeken moet ondergaan"
    if matches!(norm, "onderzoeken" | "onderzoek" | "testen")
        && near(0, 3, &["ondergaan", "ondergaat", "onderging"])
    {
        return Some(Category::Examination);
    }
    // "in een instelling heeft gezeten"
    if matches!(norm, "instelling" | "inrichting")
        && i >= 2
        && word(i - 2) == Some("in")
        && near(3, 3, &["gezeten", "zit", "zat", "opgenomen"])
    {
        return Some(Category::Setting);
    }
    // "water vasthoudt in zijn benen"
    if matches!(norm, "water" | "vocht")
        && near(0, 2, &["vasthoudt", "vasthouden", "vast"])
        && near_own_body(norms, i)
    {
        return Some(Category::Detail);
    }
    // "het zicht van haar rechteroog"
    if matches!(norm, "zicht" | "gezichtsvermogen")
        && word(i + 1) == Some("van")
        && matches!(word(i + 2), Some("zijn" | "haar" | "mijn"))
        && word(i + 3).is_some_and(is_body)
    {
        return Some(Category::Detail);
    }
    // "ze hebben hem helemaal open gemaakt"
    if norm == "gemaakt" && near(3, 0, &["open"]) && near(6, 0, &["ze", "hem", "haar", "me", "mij"])
    {
        return Some(Category::Procedure);
    }
    // "op de afdeling interne geneeskunde"
    if norm == "interne" && word(i + 1) == Some("geneeskunde") {
        return Some(Category::Setting);
    }
    // "de rug met schroeven en staven vastgezet"
    if matches!(norm, "schroeven" | "staven" | "pennen")
        && (i.saturating_sub(4)..(i + 4).min(norms.len())).any(|k| k != i && is_body(&norms[k]))
    {
        return Some(Category::Procedure);
    }
    // "een tabletje tegen de zenuwen"
    if matches!(
        norm,
        "tabletje"
            | "tabletjes"
            | "tablet"
            | "tabletten"
            | "pil"
            | "pillen"
            | "pilletje"
            | "pilletjes"
    ) && word(i + 1) == Some("tegen")
    {
        return Some(Category::Medication);
    }
    // "in behandeling voor zijn drankgebruik", "in behandeling bij de GGZ"
    if norm == "behandeling"
        && i > 0
        && word(i - 1) == Some("in")
        && matches!(word(i + 1), Some("voor" | "bij"))
        && (i + 2..(i + 5).min(norms.len())).any(|k| {
            matches!(word(k), Some("zijn" | "haar" | "mijn"))
                || classify(&norms[k], &norms[k]).is_some()
        })
    {
        return Some(Category::Treatment);
    }
    // "graded activity", "medische fitness"
    if (norm == "graded" && word(i + 1) == Some("activity"))
        || (norm == "medische" && word(i + 1) == Some("fitness"))
    {
        return Some(Category::Treatment);
    }
    // "een ICD bij me ingebracht"
    if matches!(norm, "ingebracht" | "geplaatst" | "geimplanteerd")
        && (i.saturating_sub(4)..i).any(|k| {
            word(k) == Some("bij") && matches!(word(k + 1), Some("me" | "mij" | "hem" | "haar"))
        })
    {
        return Some(Category::Procedure);
    }
    // "is voor acht weken intern"
    if norm == "intern"
        && near(5, 0, &["is", "zit", "ligt", "verblijft", "was"])
        && near(4, 0, &["weken", "maanden", "dagen"])
    {
        return Some(Category::Setting);
    }
    // "naar 140 slagen per minuut"
    if norm == "slagen" && word(i + 1) == Some("per") && word(i + 2) == Some("minuut") {
        return Some(Category::Detail);
    }
    // "chronische pijn"
    if matches!(norm, "pijn" | "pijnen")
        && i > 0
        && matches!(word(i - 1), Some("chronische" | "chronisch" | "zenuwpijn"))
    {
        return Some(Category::Diagnosis);
    }
    // "veertig minuten in zo'n koker liggen": a scanner as people say it
    if matches!(norm, "koker" | "tunnel") && near(4, 3, &["liggen", "lag", "lig", "ligt"]) {
        return Some(Category::Examination);
    }
    // "slaapt slecht door de pijn", "vanwege de pijn"
    if matches!(norm, "pijn" | "pijnen")
        && i >= 2
        && word(i - 1) == Some("de")
        && matches!(word(i - 2), Some("door" | "vanwege"))
    {
        return Some(Category::Detail);
    }
    // "'s nachts steeds stopt met ademen"
    if matches!(norm, "ademen" | "ademhalen")
        && near(7, 0, &["stopt", "stop", "stopte", "moeite", "benauwd"])
    {
        return Some(Category::Detail);
    }
    // "ik hoor aan mijn linkeroor nog maar 40 procent"
    if matches!(norm, "hoor" | "hoort" | "hoorde")
        && (i + 1..(i + 5).min(norms.len())).any(|k| {
            norms[k].ends_with("oor")
                && is_body(&norms[k])
                && matches!(word(k - 1), Some("mijn" | "zijn" | "haar"))
        })
    {
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
    // "in de overgang zitten", "dat zij in de overgang is" (not "in de
    // overgang naar een nieuwe baan")
    if norm == "overgang"
        && i >= 2
        && word(i - 1) == Some("de")
        && word(i - 2) == Some("in")
        && !matches!(word(i + 1), Some("naar" | "van"))
        && (i.saturating_sub(4)..(i + 3).min(norms.len())).any(|k| {
            matches!(
                word(k),
                Some(
                    "zit" | "zat" | "zitten" | "zitte" | "is" | "ben" | "was" | "raakt" | "geraakt"
                )
            )
        })
    {
        return Some(Category::Detail);
    }
    // "zuurstof aan huis"
    if norm == "zuurstof" && word(i + 1) == Some("aan") && word(i + 2) == Some("huis") {
        return Some(Category::Treatment);
    }
    // "laten wegsnijden", "laat zich opereren": a procedure on the body.
    // "in zijn maag laten kijken", "iets weg laten halen bij haar borst"
    if (BODY_EVENTS.contains(&norm) || matches!(norm, "kijken" | "halen" | "weghalen"))
        && (i.saturating_sub(3)..i).any(|k| matches!(word(k), Some("laten" | "laat" | "liet")))
        && ((i.saturating_sub(6)..i).any(|k| word(k).is_some_and(is_body))
            || near_own_body(norms, i))
    {
        return Some(Category::Procedure);
    }
    // "gaat onder het mes"; a text "onder het mes genomen" is cut.
    if norm == "mes"
        && i >= 2
        && word(i - 1) == Some("het")
        && word(i - 2) == Some("onder")
        && !near(0, 2, &["genomen", "nemen", "neemt", "nam"])
    {
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
    // Body functions in plain words: "mijn suikers schieten alle kanten
    // op", "suiker gisteren 2,8", "mijn evenwicht is weg", "mijn blaas".
    if matches!(
        norm,
        "suiker"
            | "suikers"
            | "evenwicht"
            | "blaas"
            | "stoelgang"
            | "plas"
            | "potentie"
            | "somberheid"
            | "temperatuur"
            | "ijzer"
            | "zuurstof"
    ) && (possessed
        || (matches!(norm, "suiker" | "suikers")
            && (near(0, 3, &[""]) || near(1, 0, &["hoge", "lage", "hoog", "laag"])))
        || (norm == "ijzer" && near(0, 4, &["laag", "hoog"]))
        || (norm == "plas" && near(0, 4, &["ophouden", "houden", "ophoud"])))
    {
        return Some(Category::Detail);
    }
    // "'s nachts vier keer moet plassen", "moeite met slikken", "slikken
    // gaat moeizaam", "reuk en smaak zijn weg".
    if norm == "plassen" && near(3, 0, &["moet", "moeten", "keer", "vaak", "vaker", "nachts"]) {
        return Some(Category::Detail);
    }
    if norm == "slikken"
        && ((i >= 2 && word(i - 1) == Some("met") && word(i - 2) == Some("moeite"))
            || near(0, 3, &["moeizaam", "moeilijk", "slecht", "pijnlijk"]))
    {
        return Some(Category::Detail);
    }
    if matches!(norm, "reuk" | "smaak")
        && ((word(i + 1) == Some("en") && matches!(word(i + 2), Some("reuk" | "smaak")))
            || (i >= 2
                && word(i - 1) == Some("en")
                && matches!(word(i - 2), Some("reuk" | "smaak")))
            || near(0, 4, &["weg", "kwijt", "verloren"]))
    {
        return Some(Category::Detail);
    }
    // Sight and hearing: "ziet met zijn rechteroog nog maar twintig
    // procent", "hoort links bijna niets".
    if (norm.ends_with("oog") || norm == "ogen")
        && possessed
        && near(6, 0, &["zie", "ziet", "zag", "met"])
    {
        return Some(Category::Detail);
    }
    if matches!(norm, "hoort" | "hoor" | "hoorde")
        && matches!(
            word(i + 1),
            Some("links" | "rechts" | "slecht" | "slechter")
        )
    {
        return Some(Category::Detail);
    }
    // "zijn hart slaat soms een slag over", "mijn hart gaat op hol"
    if norm == "hart"
        && near(
            0,
            6,
            &[
                "overslaat",
                "oversloeg",
                "overslaan",
                "hol",
                "bonkt",
                "slag",
            ],
        )
        || (norm == "hart" && near(0, 2, &["slaat", "sloeg"]) && near(0, 6, &["over"]))
    {
        return Some(Category::Detail);
    }
    // "een lage vitamine D-spiegel", "een B12-tekort"
    if (norm.ends_with("tekort") || norm.ends_with("spiegel") || norm.ends_with("gebrek"))
        && (i > 0 && word(i - 1) == Some("vitamine")
            || matches!(norm, "btekort" | "dtekort" | "bspiegel" | "dspiegel"))
    {
        return Some(Category::Detail);
    }
    // "na de aanval van vannacht", "weer een aanval gehad"
    if matches!(norm, "aanval" | "aanvallen")
        && (possessed
            || near(0, 3, &["vannacht", "gehad", "gekregen"])
            || near(2, 0, &["kreeg", "krijgt", "krijg"]))
    {
        return Some(Category::Diagnosis);
    }
    // Procedures as verbs: "drie kiezen getrokken", "een plaat en zes
    // schroeven in mijn enkel", "laat zich steriliseren", "een stukje
    // weefsel weggenomen".
    if matches!(norm, "getrokken" | "trekken")
        && near(
            3,
            3,
            &[
                "kies",
                "kiezen",
                "tand",
                "tanden",
                "verstandskies",
                "verstandskiezen",
            ],
        )
    {
        return Some(Category::Procedure);
    }
    if matches!(
        norm,
        "plaat" | "plaatje" | "schroeven" | "schroef" | "pen" | "pennen"
    ) && at_body()
    {
        return Some(Category::Procedure);
    }
    if matches!(norm, "steriliseren" | "gesteriliseerd")
        && near(4, 0, &["zich", "laten", "laat", "liet"])
    {
        return Some(Category::Procedure);
    }
    if norm == "weefsel" && near(0, 3, &["weggenomen", "afgenomen", "weghalen", "onderzocht"]) {
        return Some(Category::Examination);
    }
    if norm == "ergo" && i > 0 && matches!(word(i - 1), Some("ziet" | "de" | "bij" | "naar")) {
        return Some(Category::Practitioner);
    }
    // "die moedervlek weggesneden", "een wrat laten weghalen"
    if matches!(
        norm,
        "moedervlek" | "moedervlekken" | "wrat" | "wratten" | "cyste"
    ) && near(4, 4, BODY_EVENTS)
        // "een moedervlek laten wegsnijden" names the procedure already.
        && !near(4, 4, &["laten", "laat", "liet"])
    {
        return Some(Category::Procedure);
    }
    // "een paar dagen opgenomen voor observatie"
    if norm == "observatie" && near(3, 0, &["opgenomen", "opname"]) {
        return Some(Category::Setting);
    }
    // "ze hebben me opengemaakt", "een stuk darm eruit gehaald", "ze is
    // vorige week gesteriliseerd"
    if matches!(norm, "opengemaakt" | "openmaken") && near(3, 0, &["me", "mij", "hem", "haar"]) {
        return Some(Category::Procedure);
    }
    if norm == "eruit"
        && (i.saturating_sub(4)..i).any(|k| word(k).is_some_and(is_body))
        && near(
            0,
            2,
            &["gehaald", "halen", "gesneden", "genomen", "moeten", "moet"],
        )
    {
        return Some(Category::Procedure);
    }
    if norm == "gesteriliseerd" && near(4, 2, &["is", "ben", "wordt", "word", "werd", "was"]) {
        return Some(Category::Procedure);
    }
    // "een cognitieve screening", "plassen in een bekertje"
    if norm == "screening"
        && i > 0
        && matches!(
            word(i - 1),
            Some("cognitieve" | "medische" | "neuropsychologische" | "psychologische")
        )
    {
        return Some(Category::Examination);
    }
    if matches!(norm, "bekertje" | "potje") && near(3, 1, &["plassen", "plas", "urine"]) {
        return Some(Category::Examination);
    }
    // "'s nachts zo zweet dat ..."
    if matches!(norm, "zweet" | "zweten") && near(4, 3, &["nachts"]) {
        return Some(Category::Detail);
    }
    // Places of treatment in two words: "in Beschermd Wonen", "op de
    // stroke unit".
    if (norm == "beschermd" && word(i + 1) == Some("wonen"))
        || (norm == "stroke" && word(i + 1) == Some("unit"))
    {
        return Some(Category::Setting);
    }
    // "een borstsparende ingreep achter de rug": an intervention that is
    // the employee's (see `surgery_anchored`).
    if matches!(norm, "ingreep" | "ingrepen") && surgery_anchored(norms, i) {
        return Some(Category::Procedure);
    }
    // "scan" or "echo" of a part of the body: "de echo van haar lever".
    if matches!(norm, "echo" | "scan" | "foto")
        && word(i + 1) == Some("van")
        && (i + 2..i + 5).filter_map(word).any(is_body)
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
    "gecheckt",
    "gecontroleerd",
    "controleren",
    "doormeten",
    "nameten",
    "onderzoeken",
    "getest",
    "nagekeken",
    "schrapen",
    "kraken",
    "gekraakt",
    "nakijken",
    "vrijgelegd",
    "afnemen",
    "gezogen",
    "weggezogen",
    "afgezogen",
    "opereren",
    "laseren",
    "hechten",
    "verwijderen",
    "spuiten",
];

/// States of a part of the body, before it: "een zwakke blaas".
pub(super) const BODY_STATES: &[&str] = &[
    "overactieve",
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
    // "mijn knie", "mijn blinde darm", "de achillespees van wn"
    (from.max(1)..to).any(|k| {
        is_body(&norms[k])
            && (possessive(&norms[k - 1])
                || (k >= 2 && possessive(&norms[k - 2]))
                || (norms.get(k + 1).is_some_and(|n| n == "van")
                    && norms.get(k + 2).is_some_and(|n| {
                        matches!(n.as_str(), "wn" | "werknemer" | "werkneemster" | "hem")
                    })))
    })
}

/// Complaints of a part of the body: "pijn in zijn rug", "geen gevoel meer
/// in zijn vingers", "de spierkracht in haar rechterarm".
pub(super) const SYMPTOMS: &[&str] = &[
    "gevoel",
    "spierkracht",
    "reflexen",
    "piep",
    "suizen",
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
    "complex",
    "winkel",
    // A field of care as a sector: "verslavingszorg", "ouderenzorg".
    "zorg",
    "locatie",
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
    "postbode",
    "keukenhulp",
    "administratie",
    "rondgekeken",
    "rondkijken",
    "rondbrengt",
    "rondbrengen",
    "leidinggevende",
    "meldkamer",
    "logistiek",
    "telefonist",
    "meegedraaid",
    "meedraaien",
    "meedraait",
    "kennisgemaakt",
    "kennismaken",
    "inplannen",
    "bezorgen",
    "bezorgt",
    "uitpakt",
    "uitpakken",
    "meeloop",
    "wast",
    "winkel",
    "contactpersoon",
    "kassa",
    "loket",
    "dienst",
    "werk",
    "werkdag",
    "diensten",
    "bemant",
    "bemannen",
    "restaurant",
];
