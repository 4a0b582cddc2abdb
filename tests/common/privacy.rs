//! The labelled sentences of `tests/privacy`: the development sets (the
//! first corpus and every `toetsN` directory not named in
//! `toetsset.txt`) and the test set (those named there).

use std::path::{Path, PathBuf};

/// One labelled sentence.
pub struct Sentence {
    /// The directory it comes from ("" for the first corpus).
    pub set: String,
    pub category: String,
    pub text: String,
    pub medical: bool,
    pub test_set: bool,
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/privacy")
}

/// The `categorie<TAB>zin` lines of a file, blank lines skipped.
fn read_tsv(path: &Path) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(n, line)| {
            let (category, sentence) = line
                .split_once('\t')
                .unwrap_or_else(|| panic!("{}:{}: geen tab", path.display(), n + 1));
            (category.to_string(), sentence.to_string())
        })
        .collect()
}

/// The directories of the test set, as `toetsset.txt` names them.
pub fn test_sets() -> Vec<String> {
    let path = root().join("toetsset.txt");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
}

/// Every set's directory, the first corpus first, then `toets1`, `toets2`, ...
pub fn sets() -> Vec<String> {
    let mut numbered: Vec<(u32, String)> = std::fs::read_dir(root())
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().into_string().unwrap();
            Some((name.strip_prefix("toets")?.parse().ok()?, name))
        })
        .collect();
    numbered.sort();
    std::iter::once(String::new())
        .chain(numbered.into_iter().map(|(_, n)| n))
        .collect()
}

/// Every labelled sentence.
pub fn corpus() -> Vec<Sentence> {
    let tests = test_sets();
    let mut out = Vec::new();
    for dir in sets() {
        let test_set = tests.contains(&dir);
        for (file, medical) in [("medisch.tsv", true), ("onschuldig.tsv", false)] {
            for (category, text) in read_tsv(&root().join(&dir).join(file)) {
                out.push(Sentence {
                    set: dir.clone(),
                    category,
                    text,
                    medical,
                    test_set,
                });
            }
        }
    }
    out
}

/// The first hand-written sentences (tests/privacy_corpus.rs): development
/// text like the sets, medical ones first.
pub const MEDICAL: [&str; 30] = [
    "Zij gebruikt oxazepam om rustig te blijven tijdens gesprekken.",
    "Door de paracetamol kan hij de ochtenden beter aan.",
    "Hij slikt sinds maart sertraline.",
    "De MRI-scan van zijn rug volgt in juni.",
    "Na de CT-scan was er meer duidelijkheid.",
    "Het bloedonderzoek liet geen afwijkingen zien.",
    "Haar bloeddruk is nog te hoog voor zwaar werk.",
    "De cholesterol wordt opnieuw gemeten.",
    "Hij is opgenomen geweest in de kliniek.",
    "Zij heeft een afspraak bij de longarts.",
    "De cardioloog adviseert rust.",
    "Na de biopsie wacht hij op de uitslag.",
    "Hij gaat naar de polikliniek voor controle.",
    "Er is een echografie gemaakt van de schouder.",
    "Zij gebruikt antibiotica voor de infectie.",
    "Hij neemt bloedverdunners en mag daarom niet tillen.",
    "Vanuit de neurologie is er nog geen uitslag.",
    "Zij is doorverwezen naar de dermatoloog.",
    "Hij heeft een betablokker gekregen.",
    "Haar bloedsuiker schommelt sterk in de middag.",
    "De röntgenfoto toonde een breuk.",
    "Hij volgt dagbehandeling op maandag en donderdag.",
    "Zij gebruikt methylfenidaat om zich te concentreren.",
    "Na de operatie aan zijn knie kan hij niet knielen.",
    "Zij heeft regelmatig last van migraine.",
    "Hij is onder behandeling van een psychiater.",
    "Het EEG gaf geen bijzonderheden.",
    "Zijn longfunctie is beperkt.",
    "Zij neemt tramadol tegen de pijn.",
    "Hij lag drie dagen op de intensive care.",
];

pub const INNOCENT: [&str; 30] = [
    "Hij werkt op arbeidstherapeutische basis twee ochtenden in de eigen functie.",
    "Arbeidstherapeutisch werken in ander werk is besproken met de bedrijfsarts.",
    "De verzekeringsarts van UWV beoordeelt de belastbaarheid.",
    "Sollicitatie verstuurd naar Fysiotherapie Dwarsveld als receptionist.",
    "Oriëntatiegesprek bij Huisartsenpraktijk Wilgenrode over telefonistenwerk.",
    "Meeloopdag bij Ziekenhuis Lindewaard op de afdeling inkoop.",
    "Zij solliciteerde bij Kliniek Heggerode als administratief medewerker.",
    "Hij solliciteerde bij Apotheek Voorbeek als bezorger.",
    "Hij werkt met scanners en een warehouse-managementsysteem.",
    "De coöperatie zoekt een medewerker voorraadbeheer.",
    "Tillen van een gewicht tot 5 kilo is mogelijk.",
    "Het team was binnen een week operationeel.",
    "Hij kankerde niet, maar bleef positief over de vacatures.",
    "Zij heeft een diploma medewerker gezondheidszorg.",
    "De werkgever biedt een werkervaringsplaats in de zorg.",
    "Hij wil graag als chauffeur in de medische logistiek werken.",
    "Het plan van aanpak is besproken in een driegesprek.",
    "De belastbaarheid is vastgelegd in de FML van de bedrijfsarts.",
    "Zij kan vier uur per dag zittend werk doen met afwisseling.",
    "Hij heeft een IT-specialist gesproken over een werkervaringsplaats.",
    "De scan van het cv is opgestuurd naar de werkgever.",
    "De echo van het eerste gesprek was positief.",
    "Hij werkte als operator in een chemische fabriek.",
    "Er is een evaluatie gepland met de werkgever.",
    "De coach maakte een opname van het rollenspel.",
    "Zij heeft haar rijbewijs B gehaald en reist met de fiets.",
    "De intensieve begeleiding loopt tot juni.",
    "Werknemer volgt een training timemanagement.",
    "Hij herstelt goed en bouwt de uren op volgens het plan.",
    "Het werk als receptionist past binnen de belastbaarheid.",
];

/// Ordinary journal sentences with nothing medical in them, written apart
/// from the check (`tests/privacy/alledaags/`): the `ontwikkel*.tsv` files
/// are development text the model learns from, `afstem.tsv` set the
/// model's threshold, `toets.tsv` is measured only.
pub fn everyday(part: &str) -> Vec<(String, String)> {
    let dir = root().join("alledaags");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_stem().and_then(|s| s.to_str()).unwrap_or("");
            name == part || (part == "ontwikkel" && name.starts_with("ontwikkel"))
        })
        .collect();
    files.sort();
    files.iter().flat_map(|path| read_tsv(path)).collect()
}
