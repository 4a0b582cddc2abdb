//! `spoor2 nieuw`: a new journal with every section present and short Dutch
//! comments on what goes where, from options or by asking on a terminal.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use chrono::{Datelike, Duration, NaiveDate};

use super::ask::Asker;
use super::{Outcome, RunError};
use crate::Status;
use crate::cli::{CadansArg, NieuwArgs};
use crate::output::{io_reason, write_atomic};

use crate::validate::PLACEHOLDER;

/// Everything `nieuw` needs to know.
pub struct Answers {
    pub dossier: String,
    pub naam: String,
    pub functie: String,
    pub werkgever: String,
    pub eerste_ziektedag: NaiveDate,
    pub start: NaiveDate,
    pub cadans: CadansArg,
    pub coach: String,
    pub bureau: String,
}

pub fn run(args: &NieuwArgs) -> Outcome {
    let path = create(args)?;
    println!("{}", path.display());
    eprintln!(
        "Nieuw dossier geschreven. Vul de velden met '{PLACEHOLDER}' in; 'spoor2 check {}' zegt wat er nog ontbreekt.",
        path.display()
    );
    Ok(Status::Ok)
}

/// Writes the new journal `args` describe (with its schema file beside
/// it) and returns its path: the work of `nieuw`, shared with the
/// werkplek's "Nieuw dossier". Refused, with nothing written, when an
/// answer is missing or the file exists (unless `--overschrijven`).
pub fn create(args: &NieuwArgs) -> Result<PathBuf, RunError> {
    let answers = gather(args).map_err(RunError::Usage)?;
    let path = args
        .output
        .clone()
        .unwrap_or_else(|| PathBuf::from(format!("{}.yaml", answers.dossier)));
    if path.exists() && !args.overschrijven {
        return Err(RunError::Other {
            message: format!(
                "{}: fout: dit bestand bestaat al\n  hulp: kies een andere naam met -o, of gebruik --overschrijven",
                path.display()
            ),
            status: Status::Io,
        });
    }
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let schema_path = dir.join(SCHEMA_FILE);
    if !schema_path.exists()
        && let Ok(json) = serde_json::to_string_pretty(crate::journal::schema())
        && let Err(e) = write_atomic(&schema_path, json.as_bytes())
    {
        eprintln!(
            "{}: waarschuwing: het schema kon niet worden geschreven: {}",
            schema_path.display(),
            io_reason(&e)
        );
    }
    let text = journal_text(&answers);
    if path.exists() {
        // --overschrijven: one change like any other, under the journal's
        // lock and in its history.
        crate::store::update(
            &path,
            None,
            super::peildatum(None),
            "niets geschreven: het nieuwe dossier zou fouten hebben",
            |_| {
                Ok(crate::store::Edited {
                    text: text.clone(),
                    what: "opnieuw begonnen met spoor2 nieuw --overschrijven".into(),
                })
            },
        )?;
    } else {
        crate::store::create(&path, &text)?;
    }
    Ok(path)
}

/// The schema file `nieuw` puts next to a journal for the editor.
pub const SCHEMA_FILE: &str = "spoor2.schema.json";

fn gather(args: &NieuwArgs) -> Result<Answers, String> {
    let interactive = std::io::stdin().is_terminal() && !args.niet_vragen;
    let mut ask = Asker::new(interactive, std::io::stdin().lock());
    let naam = ask.text("Naam van de werknemer", args.naam.clone(), "--naam")?;
    let werkgever = ask.text(
        "Naam van de werkgever",
        args.werkgever.clone(),
        "--werkgever",
    )?;
    let eerste_ziektedag = ask.date(
        "Eerste ziektedag (JJJJ-MM-DD)",
        args.eerste_ziektedag,
        "--eerste-ziektedag",
    )?;
    let start = ask.date("Startdatum spoor 2 (JJJJ-MM-DD)", args.start, "--start")?;
    let dossier = match &args.dossier {
        Some(d) => d.clone(),
        None if interactive => ask.text("Dossiernummer", None, "--dossier")?,
        None => format!("S2-{}", start.format("%Y%m%d")),
    };
    Ok(Answers {
        dossier,
        naam,
        functie: args.functie.clone().unwrap_or_else(|| PLACEHOLDER.into()),
        werkgever,
        eerste_ziektedag,
        start,
        cadans: args.cadans,
        coach: args.coach.clone().unwrap_or_else(|| PLACEHOLDER.into()),
        bureau: args.bureau.clone().unwrap_or_else(|| PLACEHOLDER.into()),
    })
}

/// A YAML string: quoted when needed, so any name is safe.
fn q(s: &str) -> String {
    crate::edit::double_quoted(s)
}

/// The new journal's text.
pub fn journal_text(a: &Answers) -> String {
    let aanmelding = a.start - Duration::days(14);
    let intake = a.start - Duration::days(7);
    let period_end = crate::periods::period_end(a.cadans.into(), a.start, a.start.day());
    let report_date = period_end + Duration::days(3);
    let p = q(PLACEHOLDER);
    format!(
        r#"# yaml-language-server: $schema=./{SCHEMA_FILE}
# Dossier spoor 2 (formaatversie 2). Vul elk veld met {p} in; 'spoor2 check'
# meldt wat er nog ontbreekt. Uitleg van elk veld: docs/dossierformaat.md.
# Schrijf functioneren, geen medische gegevens: de werkgever leest mee.
versie: 2
dossier: {dossier}

werknemer:
  naam: {naam}
  functie: {functie}           # de eigen functie bij de werkgever
  uren_per_week: 36            # contracturen

werkgever:
  naam: {werkgever}
  contactpersoon:              # wie bij de werkgever de re-integratie volgt
    naam: {p}
    functie: {p}

bureau:
  naam: {bureau}
  coach:
    naam: {coach}
    functie: Loopbaanadviseur spoor 2
    contact: {p}

# Alle ziekteperiodes, oudste eerst. Hersteld en weer ziek binnen 4 weken?
# Voeg een periode toe: UWV telt ze samen en de termijnen schuiven op.
ziekteperiodes:
  - van: {eaod}

traject:
  aanmelddatum: {aanmelding}     # aanmelding bij het bureau
  intake: {intake}
  startdatum: {start}       # UWV verwacht de start uiterlijk 58 weken na de eerste ziektedag
  rapportage: {cadans}

# Wie de werknemer is als werkzoekende; komt in de eerste rapportage.
persoonsprofiel:
  werkervaring:
    - {p}
  opleiding:
    - {p}
  vaardigheden:
    - {p}
  wensen: |
    {placeholder} Wensen en ambities van de werknemer.
  mobiliteit: {{rijbewijs: {p}, vervoer: {p}}}

# Het plan van aanpak spoor 2, binnen 4 weken na de start akkoord met
# werknemer en werkgever. Bijstellingen: datum, reden en wat veranderde.
trajectplan:
  doel: |
    {placeholder} Wat het traject moet opleveren.
  fasen:
    - naam: Oriëntatie
      wanneer: maand 1
      inhoud: {p}
  rapportage_en_evaluatie: |
    {placeholder} Hoe vaak er gerapporteerd en geëvalueerd wordt, en met wie.
  verwachte_duur: {p}
  akkoord_werknemer:         # datum waarop de werknemer akkoord ging
  akkoord_werkgever:         # datum waarop de werkgever akkoord ging
  bijstellingen: []

# De grondslag van de zoektocht: UWV toetst of het traject past bij wat de
# werknemer kan (belastbaarheid) en wat passende arbeid is.
grondslag:
  belastbaarheid:
    bron: FML
    datum: {aanmelding}
    opgesteld_door: {{naam: {p}, functie: bedrijfsarts}}
    samenvatting: |
      {placeholder} Wat de werknemer wel en niet kan, in termen van functioneren.
  arbeidsdeskundig_advies:
    datum: {aanmelding}
    opgesteld_door: {{naam: {p}, functie: arbeidsdeskundige}}
    passende_arbeid: |
      {placeholder} Welk werk passend is volgens de arbeidsdeskundige.
  # Een gewijzigd zoekprofiel komt als nieuwe versie onder
  # zoekprofielwijzigingen, met ingangsdatum, reden en onderbouwing.
  zoekprofiel:
    onderbouwing: |
      {placeholder} Hoe functies, uren en reisafstand volgen uit de belastbaarheid en het advies.
    functies: [{p}]
    sectoren: []
    regio: {p}
    reisafstand_km: 25
    uren_per_week: {{min: 24, max: 36}}
    niveau: {p}

# Logboek: elke activiteit met datum en soort. UWV kijkt naar de intensiteit.
activiteiten:
  - datum: {intake}
    soort: intake
    omschrijving: Intakegesprek met de werknemer.

# Elke sollicitatie: datum, werkgever, functie, kanaal en uitkomst; buiten
# het zoekprofiel met passend_omdat: waarom het toch passend werk is.
sollicitaties: []

# Elk contact met de werkgever: datum, vorm (driegesprek, evaluatie, overleg,
# telefoon, mail), met wie, onderwerp en uitkomst. UWV wil zien dat de
# werkgever betrokken is.
werkgevercontacten: []

# Wat er is gedaan toen het traject stagneerde: datum, soort en omschrijving.
maatregelen: []

# Per periode een rapportage, gedateerd en ondertekend (naam en functie), met
# de visie van de werknemer en de datum waarop hij of zij haar zag.
voortgangsrapportages:
  - periode: {{van: {start}, tot: {period_end}}}
    datum: {report_date}
    auteur: {{naam: {coach}, functie: Loopbaanadviseur spoor 2}}
    voortgang: |
      {placeholder}
    inzet_werknemer: |
      {placeholder}
    afspraken: |
      - {placeholder}
    visie_werknemer: |
      {placeholder}
    akkoord_werknemer:         # akkoord, niet-akkoord of gedeeltelijk
    verzonden_aan_werkgever:   # datum van verzending aan de werkgever

# Eigen aantekeningen; komen nooit in een rapportage.
notities: |
  
"#,
        dossier = q(&a.dossier),
        naam = q(&a.naam),
        functie = q(&a.functie),
        werkgever = q(&a.werkgever),
        bureau = q(&a.bureau),
        coach = q(&a.coach),
        eaod = a.eerste_ziektedag,
        aanmelding = aanmelding,
        intake = intake,
        start = a.start,
        cadans = a.cadans.as_str(),
        placeholder = PLACEHOLDER,
    )
}
