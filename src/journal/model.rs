//! The case journal (format version 2) as plain data; version 1 is the
//! same without the sections of `evidence.rs`.
//!
//! Keys are Dutch because coaches type them. Every struct denies unknown keys,
//! so a typo never silently drops data; the schema generated from these types
//! (see `journal::schema`) drives the structural check that reports *all*
//! problems of a file at once, before serde ever sees it.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use super::evidence::*;

/// The newest journal format this program reads (and `nieuw` writes).
pub const FORMAT_VERSION: u32 = 2;

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Dossier spoor 2",
    description = "Eén dossier (casusjournaal) van een spoor 2-traject, formaatversie 2 (versie 1 wordt ook gelezen)."
)]
pub struct Journal {
    #[schemars(
        description = "Formaatversie van dit bestand: 2 (of 1 voor een dossier zonder de onderdelen van versie 2).",
        range(min = 1)
    )]
    pub versie: u32,
    #[schemars(
        description = "Dossiernummer van het bureau, bijvoorbeeld S2-2026-014. Komt in de bestandsnamen en op elke pagina.",
        length(min = 1, max = 64),
        regex(pattern = r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
    )]
    pub dossier: String,
    pub werknemer: Werknemer,
    pub werkgever: Werkgever,
    pub bureau: Bureau,
    #[schemars(
        description = "De ziekteperiodes van de werknemer, oudste eerst. Een periode zonder 'tot' loopt nog.",
        length(min = 1)
    )]
    pub ziekteperiodes: Vec<Ziekteperiode>,
    pub traject: Traject,
    /// Where spoor 1 (the own work at the own employer) stands.
    #[serde(default)]
    pub spoor1: Option<Spoor1>,
    /// The employer's own Poortwachter steps, when the bureau records them.
    #[serde(default)]
    pub poortwachter: Option<Poortwachter>,
    #[serde(default)]
    pub persoonsprofiel: Option<Persoonsprofiel>,
    #[serde(default)]
    pub trajectplan: Option<Trajectplan>,
    pub grondslag: Grondslag,
    #[serde(default)]
    #[schemars(description = "Logboek van alle activiteiten in het traject, met datum en soort.")]
    pub activiteiten: Vec<Activiteit>,
    #[serde(default)]
    #[schemars(description = "Alle sollicitaties in het traject.")]
    pub sollicitaties: Vec<Sollicitatie>,
    #[serde(default)]
    #[schemars(
        description = "Contacten met de werkgever over het traject: driegesprekken, evaluaties, overleg."
    )]
    pub werkgevercontacten: Vec<Werkgevercontact>,
    #[serde(default)]
    #[schemars(
        description = "Maatregelen toen het traject stagneerde: bijgesteld zoekprofiel, extra coaching, scholing, werkervaringsplaats, deskundigenoordeel."
    )]
    pub maatregelen: Vec<Maatregel>,
    #[serde(default)]
    pub deskundigenoordeel: Option<Deskundigenoordeel>,
    #[serde(default)]
    #[schemars(description = "De periodieke voortgangsrapportages, in volgorde van periode.")]
    pub voortgangsrapportages: Vec<Voortgangsrapportage>,
    #[serde(default)]
    pub eindrapportage: Option<Eindrapportage>,
    #[serde(default)]
    pub verlenging: Option<Verlenging>,
    #[serde(default)]
    pub normen: Normen,
    #[serde(default)]
    #[schemars(
        description = "Woorden die de privacycontrole markeerde en die in dit dossier bewust mogen blijven staan, met de reden."
    )]
    pub privacy_akkoord: Vec<PrivacyAkkoord>,
    #[serde(default)]
    #[schemars(
        description = "Eigen aantekeningen van de coach. Komen nooit in een rapportage en worden niet gecontroleerd."
    )]
    pub notities: Option<String>,
    #[serde(default)]
    #[schemars(
        description = "Hoe lang dit dossier bewaard mag blijven, als dat afwijkt van de bewaartermijn van het bureau (bureau.yaml), met de reden."
    )]
    pub bewaartermijn: Option<Bewaartermijn>,
    #[serde(default)]
    #[schemars(
        description = "Datum waarop spoor2 anonimiseer de persoonsgegevens uit dit dossier verwijderde; een geanonimiseerd dossier valt niet onder de bewaartermijn."
    )]
    pub geanonimiseerd: Option<NaiveDate>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    description = "Een bewaartermijn voor dit dossier die afwijkt van die van het bureau (AVG: niet langer dan nodig)."
)]
pub struct Bewaartermijn {
    #[schemars(description = "Tot en met deze datum mag het dossier bewaard blijven.")]
    pub tot: NaiveDate,
    #[schemars(
        description = "Waarom deze termijn, bijvoorbeeld een lopende procedure bij UWV of de rechter.",
        length(min = 1)
    )]
    pub reden: String,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    description = "Vrijwillige verlenging van de wachttijd (WIA art. 24), zoals UWV die heeft vastgesteld."
)]
pub struct Verlenging {
    #[schemars(
        description = "De eerste dag waarop de WIA kan ingaan na de verlenging (de dag na het einde van de verlengde wachttijd)."
    )]
    pub eerste_wia_dag: NaiveDate,
    #[serde(default)]
    #[schemars(description = "Datum van het besluit van UWV.")]
    pub besluit: Option<NaiveDate>,
}

/// Per-case overrides of the intensity norms; unset fields take the
/// defaults in `crate::norms`.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    description = "Normen voor dit dossier, als ze afwijken van de standaard (zie docs/normen.md)."
)]
pub struct Normen {
    #[serde(default)]
    #[schemars(
        description = "Hoeveel sollicitatieactiviteiten per week verwacht worden (standaard 1). Lager bij grote afstand tot de arbeidsmarkt; leg de reden vast in de rapportages.",
        range(min = 0.0, max = 10.0)
    )]
    pub sollicitatieactiviteiten_per_week: Option<f64>,
    #[serde(default)]
    #[schemars(
        description = "Hoeveel dagen zonder enige activiteit zijn toegestaan (standaard 14).",
        range(min = 1, max = 365)
    )]
    pub max_dagen_zonder_activiteit: Option<u32>,
    #[serde(default)]
    #[schemars(
        description = "Hoeveel weken vóór de RIV-termijn (week 91) een ontbrekende eindrapportage gemeld wordt (standaard 6).",
        range(min = 0, max = 52)
    )]
    pub eindrapportage_weken_voor_riv: Option<u32>,
    #[serde(default)]
    #[schemars(
        description = "Hoeveel dagen na het einde van een periode de rapportage er mag zijn (standaard 14).",
        range(min = 0, max = 90)
    )]
    pub rapportage_marge_dagen: Option<u32>,
    #[serde(default)]
    #[schemars(
        description = "Binnen hoeveel weken na de start het trajectplan door werknemer en werkgever akkoord moet zijn (standaard 4; versie 2).",
        range(min = 1, max = 52)
    )]
    pub plan_akkoord_weken: Option<u32>,
    #[serde(default)]
    #[schemars(
        description = "Hoeveel weken er hooguit tussen twee contacten met de werkgever mogen zitten (standaard 6; versie 2).",
        range(min = 1, max = 52)
    )]
    pub max_weken_zonder_werkgevercontact: Option<u32>,
    #[serde(default)]
    #[schemars(
        description = "Binnen hoeveel dagen na haar datum een rapportage aan de werkgever verzonden moet zijn (standaard 14; versie 2).",
        range(min = 0, max = 90)
    )]
    pub verzendtermijn_dagen: Option<u32>,
    #[serde(default)]
    #[schemars(
        description = "Binnen hoeveel weken na stilstand of te weinig sollicitatieactiviteit een maatregel moet volgen (standaard 4; versie 2).",
        range(min = 1, max = 26)
    )]
    pub maatregel_binnen_weken: Option<u32>,
    /// Why a norm differs from the standard, and since when: UWV asks for
    /// a dated, reasoned lower norm, and the WIA dossier prints it.
    #[serde(default)]
    #[schemars(
        description = "Waarom de normen van dit dossier afwijken van de standaard, bijvoorbeeld een lagere sollicitatienorm door de belastbaarheid (met bron)."
    )]
    pub onderbouwing: Option<String>,
    #[serde(default)]
    #[schemars(description = "Sinds wanneer de afwijkende normen gelden.")]
    pub sinds: Option<NaiveDate>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    description = "Een door de privacycontrole gemarkeerd woord dat hier mag blijven staan."
)]
pub struct PrivacyAkkoord {
    #[schemars(
        description = "Het gemarkeerde woord, zoals de melding het noemt.",
        length(min = 1)
    )]
    pub tekst: String,
    #[schemars(
        description = "Waarom dit geen medisch gegeven is of wel mag.",
        length(min = 1)
    )]
    pub reden: String,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(description = "De werknemer die het traject volgt.")]
pub struct Werknemer {
    #[schemars(description = "Volledige naam.", length(min = 1))]
    pub naam: String,
    #[schemars(
        description = "De eigen (laatste) functie bij de werkgever.",
        length(min = 1)
    )]
    pub functie: String,
    #[schemars(description = "Contracturen per week.", range(min = 0.5, max = 60.0))]
    pub uren_per_week: f64,
    #[serde(default)]
    #[schemars(
        description = "Burgerservicenummer: 9 cijfers, tussen aanhalingstekens. UWV vraagt het op elk document bij het re-integratieverslag; het komt op elke pagina, nooit in een bestandsnaam."
    )]
    pub bsn: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(description = "De werkgever die verantwoordelijk is voor de re-integratie.")]
pub struct Werkgever {
    #[schemars(description = "Naam van de organisatie.", length(min = 1))]
    pub naam: String,
    #[schemars(description = "Contactpersoon bij de werkgever (bijvoorbeeld HR of casemanager).")]
    pub contactpersoon: Persoon,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(description = "Het re-integratiebureau en de coach die het traject uitvoert.")]
pub struct Bureau {
    #[schemars(description = "Naam van het re-integratiebureau.", length(min = 1))]
    pub naam: String,
    pub coach: Coach,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(description = "De coach (loopbaanadviseur, spoor 2-begeleider).")]
pub struct Coach {
    #[schemars(description = "Volledige naam.", length(min = 1))]
    pub naam: String,
    #[schemars(
        description = "Functie, bijvoorbeeld loopbaanadviseur.",
        length(min = 1)
    )]
    pub functie: String,
    #[serde(default)]
    #[schemars(description = "E-mailadres en/of telefoonnummer.")]
    pub contact: Option<String>,
}

/// A named person with a function: the UWV form rule wants both for whoever
/// drew up an element of the re-integratieverslag.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(description = "Een persoon met naam en functie.")]
pub struct Persoon {
    #[schemars(description = "Volledige naam.", length(min = 1))]
    pub naam: String,
    #[schemars(description = "Functie.", length(min = 1))]
    pub functie: String,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(description = "Een aaneengesloten periode van ziekte.")]
pub struct Ziekteperiode {
    #[schemars(description = "Eerste ziektedag van deze periode (JJJJ-MM-DD).")]
    pub van: NaiveDate,
    #[serde(default)]
    #[schemars(description = "Laatste ziektedag; leeg als de periode nog loopt.")]
    pub tot: Option<NaiveDate>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[schemars(description = "Hoe vaak een voortgangsrapportage verschijnt.")]
pub enum Cadans {
    #[schemars(description = "Elke maand.")]
    Maandelijks,
    #[schemars(description = "Elke zes weken, het ritme van de evaluaties van UWV.")]
    Zeswekelijks,
    #[schemars(description = "Elke drie maanden.")]
    Driemaandelijks,
}

impl Cadans {
    pub fn label(self) -> &'static str {
        match self {
            Cadans::Maandelijks => "maandelijks",
            Cadans::Zeswekelijks => "zeswekelijks",
            Cadans::Driemaandelijks => "driemaandelijks",
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(description = "Het verloop van het spoor 2-traject.")]
pub struct Traject {
    #[schemars(description = "Datum waarop de werkgever de werknemer bij het bureau aanmeldde.")]
    pub aanmelddatum: NaiveDate,
    #[schemars(description = "Datum van het intakegesprek.")]
    pub intake: NaiveDate,
    #[schemars(description = "Startdatum van spoor 2.")]
    pub startdatum: NaiveDate,
    #[serde(default)]
    #[schemars(description = "Einddatum van het traject; leeg zolang het loopt.")]
    pub einddatum: Option<NaiveDate>,
    pub rapportage: Cadans,
    #[serde(default)]
    #[schemars(
        description = "Afgesproken aantal uren begeleiding door de coach voor het hele traject.",
        range(min = 1.0, max = 2000.0)
    )]
    pub urenbudget: Option<f64>,
    /// The agreed price of the trajectory, or the hourly rate.
    #[serde(default)]
    pub prijs: Option<Prijs>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(description = "De afgesproken prijs van het traject: een vast bedrag of een uurtarief.")]
pub struct Prijs {
    #[schemars(
        description = "Bedrag in euro, zonder btw.",
        range(min = 0.0, max = 1000000.0)
    )]
    pub bedrag: f64,
    pub per: PrijsPer,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum PrijsPer {
    #[schemars(description = "Een vast bedrag voor het hele traject.")]
    Traject,
    #[schemars(description = "Per uur begeleiding door de coach.")]
    Uur,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    description = "Waar spoor 1 staat: terugkeer in het eigen of aangepast werk bij de eigen werkgever."
)]
pub struct Spoor1 {
    #[schemars(
        description = "Datum van deze stand (bijvoorbeeld het arbeidsdeskundig onderzoek)."
    )]
    pub datum: NaiveDate,
    #[schemars(
        description = "De stand in een zin: wat in spoor 1 mogelijk is of waarom niet.",
        length(min = 1)
    )]
    pub stand: String,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    description = "De data waarop de werkgever de stappen van de Wet verbetering poortwachter zette, voor zover het bureau ze kent."
)]
pub struct Poortwachter {
    #[serde(default)]
    pub probleemanalyse: Option<NaiveDate>,
    #[serde(default)]
    pub plan_van_aanpak: Option<NaiveDate>,
    #[serde(default)]
    pub ziekmelding_uwv: Option<NaiveDate>,
    #[serde(default)]
    pub eerstejaarsevaluatie: Option<NaiveDate>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    description = "De grondslag van de zoektocht: belastbaarheid, arbeidsdeskundig advies en zoekprofiel."
)]
pub struct Grondslag {
    pub belastbaarheid: Belastbaarheid,
    /// The bedrijfsarts's latest view, when it is newer than the
    /// belastbaarheid above (hours changed, a new spreekuur).
    #[serde(default)]
    pub actueel_oordeel: Option<ActueelOordeel>,
    pub arbeidsdeskundig_advies: ArbeidsdeskundigAdvies,
    pub zoekprofiel: Zoekprofiel,
    #[serde(default)]
    #[schemars(
        description = "Latere versies van het zoekprofiel, oudste eerst. Een wijziging voegt een volledige versie toe met ingangsdatum, reden en onderbouwing; de eerdere versies blijven staan."
    )]
    pub zoekprofielwijzigingen: Vec<Zoekprofiel>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    description = "De belastbaarheid volgens de bedrijfsarts: functionele mogelijkheden en beperkingen, zonder medische gegevens."
)]
pub struct Belastbaarheid {
    #[schemars(
        description = "Bron, bijvoorbeeld FML (functionelemogelijkhedenlijst).",
        length(min = 1)
    )]
    pub bron: String,
    #[schemars(description = "Datum van de bron.")]
    pub datum: NaiveDate,
    #[schemars(description = "Wie de bron opstelde (naam en functie).")]
    pub opgesteld_door: Persoon,
    #[schemars(
        description = "Samenvatting van mogelijkheden en beperkingen, in termen van functioneren (geen diagnose)."
    )]
    pub samenvatting: String,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(description = "Het advies van de arbeidsdeskundige over passende arbeid.")]
pub struct ArbeidsdeskundigAdvies {
    #[schemars(description = "Datum van het advies.")]
    pub datum: NaiveDate,
    #[schemars(description = "Wie het advies opstelde (naam en functie).")]
    pub opgesteld_door: Persoon,
    #[schemars(description = "Wat passende arbeid is volgens het advies.")]
    pub passende_arbeid: String,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(description = "Het zoekprofiel: waar de werknemer naar zoekt.")]
pub struct Zoekprofiel {
    #[serde(default)]
    #[schemars(
        description = "Vanaf wanneer deze versie geldt; voor het eerste profiel standaard de startdatum van spoor 2."
    )]
    pub ingangsdatum: Option<NaiveDate>,
    #[serde(default)]
    #[schemars(
        description = "Hoe dit profiel volgt uit de belastbaarheid en het arbeidsdeskundig advies."
    )]
    pub onderbouwing: Option<String>,
    #[serde(default)]
    #[schemars(description = "Bij een wijziging: waarom het profiel is gewijzigd.")]
    pub reden: Option<String>,
    #[schemars(description = "Functies waarop gezocht wordt.", length(min = 1))]
    pub functies: Vec<String>,
    #[serde(default)]
    #[schemars(description = "Sectoren waarin gezocht wordt.")]
    pub sectoren: Vec<String>,
    #[schemars(
        description = "Regio, bijvoorbeeld 'Utrecht en omgeving'.",
        length(min = 1)
    )]
    pub regio: String,
    #[serde(default)]
    #[schemars(
        description = "Maximale reisafstand enkele reis in kilometers.",
        range(min = 0, max = 500)
    )]
    pub reisafstand_km: Option<u32>,
    #[serde(default)]
    #[schemars(
        description = "Maximale reistijd enkele reis in minuten.",
        range(min = 0, max = 600)
    )]
    pub reistijd_minuten: Option<u32>,
    pub uren_per_week: Urenbereik,
    #[schemars(
        description = "Opleidings- of functieniveau, bijvoorbeeld mbo 3.",
        length(min = 1)
    )]
    pub niveau: String,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(description = "Aantal uren per week waarvoor gezocht wordt.")]
pub struct Urenbereik {
    #[schemars(
        description = "Minimum aantal uren per week.",
        range(min = 0.0, max = 60.0)
    )]
    pub min: f64,
    #[schemars(
        description = "Maximum aantal uren per week.",
        range(min = 0.0, max = 60.0)
    )]
    pub max: f64,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
#[schemars(description = "Soort activiteit.")]
pub enum ActiviteitSoort {
    Intake,
    Coachingsgesprek,
    Marktverkenning,
    CvMotivatiebrief,
    Netwerkgesprek,
    Orientatiegesprek,
    Meeloopdag,
    Training,
    Sollicitatie,
    Sollicitatiegesprek,
    Werkgeversbenadering,
    Proefplaatsing,
    Werkervaringsplaats,
    Evaluatie,
    Overig,
}

impl ActiviteitSoort {
    pub const ALL: [ActiviteitSoort; 15] = [
        ActiviteitSoort::Intake,
        ActiviteitSoort::Coachingsgesprek,
        ActiviteitSoort::Marktverkenning,
        ActiviteitSoort::CvMotivatiebrief,
        ActiviteitSoort::Netwerkgesprek,
        ActiviteitSoort::Orientatiegesprek,
        ActiviteitSoort::Meeloopdag,
        ActiviteitSoort::Training,
        ActiviteitSoort::Sollicitatie,
        ActiviteitSoort::Sollicitatiegesprek,
        ActiviteitSoort::Werkgeversbenadering,
        ActiviteitSoort::Proefplaatsing,
        ActiviteitSoort::Werkervaringsplaats,
        ActiviteitSoort::Evaluatie,
        ActiviteitSoort::Overig,
    ];

    /// Activities that count towards the application norm: looking for,
    /// preparing for or applying to work with another employer.
    pub fn is_application_activity(self) -> bool {
        matches!(
            self,
            ActiviteitSoort::Marktverkenning
                | ActiviteitSoort::CvMotivatiebrief
                | ActiviteitSoort::Netwerkgesprek
                | ActiviteitSoort::Orientatiegesprek
                | ActiviteitSoort::Meeloopdag
                | ActiviteitSoort::Sollicitatie
                | ActiviteitSoort::Sollicitatiegesprek
                | ActiviteitSoort::Werkgeversbenadering
        )
    }

    /// How the kind is written in a report.
    pub fn label(self) -> &'static str {
        match self {
            ActiviteitSoort::Intake => "Intake",
            ActiviteitSoort::Coachingsgesprek => "Coachingsgesprek",
            ActiviteitSoort::Marktverkenning => "Marktverkenning",
            ActiviteitSoort::CvMotivatiebrief => "Cv / motivatiebrief",
            ActiviteitSoort::Netwerkgesprek => "Netwerkgesprek",
            ActiviteitSoort::Orientatiegesprek => "Oriëntatiegesprek",
            ActiviteitSoort::Meeloopdag => "Meeloopdag",
            ActiviteitSoort::Training => "Training",
            ActiviteitSoort::Sollicitatie => "Sollicitatie",
            ActiviteitSoort::Sollicitatiegesprek => "Sollicitatiegesprek",
            ActiviteitSoort::Werkgeversbenadering => "Werkgeversbenadering",
            ActiviteitSoort::Proefplaatsing => "Proefplaatsing",
            ActiviteitSoort::Werkervaringsplaats => "Werkervaringsplaats",
            ActiviteitSoort::Evaluatie => "Evaluatie",
            ActiviteitSoort::Overig => "Overig",
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(description = "Eén activiteit in het traject.")]
pub struct Activiteit {
    #[schemars(description = "Datum van de activiteit.")]
    pub datum: NaiveDate,
    pub soort: ActiviteitSoort,
    #[schemars(
        description = "Wat er gedaan is en met welk resultaat.",
        length(min = 1)
    )]
    pub omschrijving: String,
    #[serde(default)]
    #[schemars(description = "Duur in minuten.", range(min = 1, max = 1440))]
    pub duur_minuten: Option<u32>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
#[schemars(description = "Via welk kanaal de sollicitatie liep.")]
pub enum Kanaal {
    Vacaturesite,
    WebsiteWerkgever,
    Netwerk,
    OpenSollicitatie,
    Uitzendbureau,
    Bemiddeling,
    Overig,
}

impl Kanaal {
    pub fn label(self) -> &'static str {
        match self {
            Kanaal::Vacaturesite => "Vacaturesite",
            Kanaal::WebsiteWerkgever => "Website werkgever",
            Kanaal::Netwerk => "Netwerk",
            Kanaal::OpenSollicitatie => "Open sollicitatie",
            Kanaal::Uitzendbureau => "Uitzendbureau",
            Kanaal::Bemiddeling => "Bemiddeling bureau",
            Kanaal::Overig => "Overig",
        }
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
#[schemars(description = "Stand van de sollicitatie.")]
pub enum SollicitatieStatus {
    Verstuurd,
    Uitgenodigd,
    Afgewezen,
    GeenReactie,
    Aangenomen,
    Ingetrokken,
}

impl SollicitatieStatus {
    pub const ALL: [SollicitatieStatus; 6] = [
        SollicitatieStatus::Verstuurd,
        SollicitatieStatus::Uitgenodigd,
        SollicitatieStatus::Afgewezen,
        SollicitatieStatus::GeenReactie,
        SollicitatieStatus::Aangenomen,
        SollicitatieStatus::Ingetrokken,
    ];

    pub fn label(self) -> &'static str {
        match self {
            SollicitatieStatus::Verstuurd => "Verstuurd",
            SollicitatieStatus::Uitgenodigd => "Uitgenodigd voor gesprek",
            SollicitatieStatus::Afgewezen => "Afgewezen",
            SollicitatieStatus::GeenReactie => "Geen reactie",
            SollicitatieStatus::Aangenomen => "Aangenomen",
            SollicitatieStatus::Ingetrokken => "Ingetrokken",
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(description = "Eén sollicitatie.")]
pub struct Sollicitatie {
    #[schemars(description = "Datum van de sollicitatie.")]
    pub datum: NaiveDate,
    #[schemars(
        description = "Naam van de werkgever waarbij gesolliciteerd is.",
        length(min = 1)
    )]
    pub werkgever: String,
    #[schemars(description = "De functie.", length(min = 1))]
    pub functie: String,
    pub kanaal: Kanaal,
    pub status: SollicitatieStatus,
    #[serde(default)]
    #[schemars(description = "Uitkomst of toelichting, bijvoorbeeld de reden van afwijzing.")]
    pub resultaat: Option<String>,
    /// When the status and result were known; a report dated before it
    /// shows the application as sent, without the later outcome.
    #[serde(default)]
    #[schemars(
        description = "Datum waarop de status en het resultaat bekend werden; een eerdere rapportage toont de sollicitatie als verstuurd."
    )]
    pub status_datum: Option<NaiveDate>,
    #[serde(default)]
    #[schemars(
        description = "Uren per week van de vacature.",
        range(min = 0.5, max = 60.0)
    )]
    pub uren_per_week: Option<f64>,
    #[serde(default)]
    #[schemars(description = "Plaats van het werk.")]
    pub plaats: Option<String>,
    #[serde(default)]
    #[schemars(
        description = "Reisafstand enkele reis in kilometers.",
        range(min = 0, max = 1000)
    )]
    pub afstand_km: Option<u32>,
    #[serde(default)]
    #[schemars(description = "Bij welke functie uit het zoekprofiel deze sollicitatie past.")]
    pub profielfunctie: Option<String>,
    #[serde(default)]
    #[schemars(
        description = "Waarom de sollicitatie passend is hoewel ze buiten het zoekprofiel valt."
    )]
    pub passend_omdat: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(description = "Een periode van datum tot en met datum.")]
pub struct Periode {
    #[schemars(description = "Eerste dag van de periode.")]
    pub van: NaiveDate,
    #[schemars(description = "Laatste dag van de periode (tot en met).")]
    pub tot: NaiveDate,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    description = "Het actuele oordeel van de bedrijfsarts over de belastbaarheid, zonder medische gegevens."
)]
pub struct ActueelOordeel {
    #[schemars(description = "Datum van het oordeel.")]
    pub datum: NaiveDate,
    pub opgesteld_door: Persoon,
    #[schemars(
        description = "Wat de werknemer nu kan, in functionele termen (uren, beperkingen), zonder diagnose.",
        length(min = 1)
    )]
    pub samenvatting: String,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(description = "Eén periodieke voortgangsrapportage.")]
pub struct Voortgangsrapportage {
    pub periode: Periode,
    #[schemars(description = "Datum waarop de rapportage is opgesteld.")]
    pub datum: NaiveDate,
    #[schemars(description = "Wie de rapportage opstelde (naam en functie).")]
    pub auteur: Persoon,
    #[schemars(description = "Voortgang in deze periode.")]
    pub voortgang: String,
    #[serde(default)]
    #[schemars(description = "Belemmeringen die de zoektocht hinderen.")]
    pub belemmeringen: Option<String>,
    #[schemars(description = "Inzet en medewerking van de werknemer.")]
    pub inzet_werknemer: String,
    #[schemars(description = "Gemaakte afspraken en de volgende stappen.")]
    pub afspraken: String,
    #[serde(default)]
    #[schemars(description = "De visie van de werknemer op deze rapportage, in eigen woorden.")]
    pub visie_werknemer: Option<String>,
    #[serde(default)]
    #[schemars(description = "Datum waarop de werknemer de rapportage heeft gezien.")]
    pub gezien_door_werknemer: Option<NaiveDate>,
    #[serde(default)]
    pub akkoord_werknemer: Option<Akkoord>,
    #[serde(default)]
    #[schemars(
        description = "Het antwoord van de coach op de visie van een werknemer die (gedeeltelijk) niet akkoord is."
    )]
    pub reactie_coach: Option<String>,
    #[serde(default)]
    #[schemars(description = "Datum waarop de rapportage aan de werkgever is verzonden.")]
    pub verzonden_aan_werkgever: Option<NaiveDate>,
    /// A deliberate new version of a report that was already seen or sent.
    #[serde(default)]
    pub nieuwe_versie: Option<NieuweVersie>,
    /// The employee's signature, drawn at the coach's table in the
    /// werkplek: SVG path data (`M`, `L`, whole numbers) in a 600 by 200
    /// area. The journal holds it, so the report that printed it is made
    /// from the journal alone; an SVG copy stands beside the journal.
    #[serde(default)]
    #[schemars(
        description = "De handtekening van de werknemer, gezet in de werkplek (Laten ondertekenen): de lijnen als SVG-pad (M, L en hele getallen) in een vlak van 600 bij 200. Een kopie staat als SVG naast het dossier, in de map handtekeningen."
    )]
    pub handtekening_werknemer: Option<String>,
    /// The coach's own signature, drawn in the werkplek where the bureau
    /// has none on file for them (see `house_style`): the same path data
    /// as the employee's, printed in the "Opgesteld door" box.
    #[serde(default)]
    #[schemars(
        description = "De handtekening van de coach, gezet in de werkplek (Zelf ondertekenen) als het bureau er geen heeft in bureau.yaml: de lijnen als SVG-pad (M, L en hele getallen) in een vlak van 600 bij 200."
    )]
    pub handtekening_coach: Option<String>,
}

impl Voortgangsrapportage {
    /// Seen by the employee or sent to the employer: from then on the
    /// report is fixed (see `snapshot::record`).
    pub fn seen_or_sent(&self) -> bool {
        self.gezien_door_werknemer.is_some() || self.verzonden_aan_werkgever.is_some()
    }
}

impl Eindrapportage {
    /// Seen by the employee or sent to the employer, as
    /// [`Voortgangsrapportage::seen_or_sent`].
    pub fn seen_or_sent(&self) -> bool {
        self.gezien_door_werknemer.is_some() || self.verzonden_aan_werkgever.is_some()
    }
}

/// A deliberate change to a report after the employee saw it or the
/// employer received it: the new version says so on its first page.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    description = "Een bewust gewijzigde versie van een rapportage die al gezien of verzonden was."
)]
pub struct NieuweVersie {
    #[schemars(description = "Datum van de nieuwe versie.")]
    pub datum: NaiveDate,
    #[schemars(description = "Waarom de rapportage is gewijzigd.", length(min = 1))]
    pub reden: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[schemars(description = "Hoe het traject eindigde.")]
pub enum Resultaat {
    Plaatsing,
    GeenPlaatsing,
    WiaAanvraag,
    VoortijdigBeeindigd,
}

impl Resultaat {
    pub fn label(self) -> &'static str {
        match self {
            Resultaat::Plaatsing => "Geplaatst bij een andere werkgever",
            Resultaat::GeenPlaatsing => "Geen plaatsing",
            Resultaat::WiaAanvraag => "Afgerond met het oog op de WIA-aanvraag",
            Resultaat::VoortijdigBeeindigd => "Voortijdig beëindigd",
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(description = "De eindrapportage van het traject.")]
pub struct Eindrapportage {
    #[schemars(description = "Datum waarop de eindrapportage is opgesteld.")]
    pub datum: NaiveDate,
    #[schemars(description = "Wie de eindrapportage opstelde (naam en functie).")]
    pub auteur: Persoon,
    pub resultaat: Resultaat,
    #[schemars(description = "Samenvatting van het hele traject.")]
    pub samenvatting: String,
    #[schemars(description = "Conclusie.")]
    pub conclusie: String,
    #[schemars(description = "Advies aan werkgever en werknemer.")]
    pub advies: String,
    #[serde(default)]
    #[schemars(description = "De visie van de werknemer, in eigen woorden.")]
    pub visie_werknemer: Option<String>,
    #[serde(default)]
    #[schemars(description = "Datum waarop de werknemer de eindrapportage heeft gezien.")]
    pub gezien_door_werknemer: Option<NaiveDate>,
    #[serde(default)]
    pub akkoord_werknemer: Option<Akkoord>,
    #[serde(default)]
    #[schemars(
        description = "Het antwoord van de coach op de visie van een werknemer die (gedeeltelijk) niet akkoord is."
    )]
    pub reactie_coach: Option<String>,
    #[serde(default)]
    #[schemars(description = "Datum waarop de eindrapportage aan de werkgever is verzonden.")]
    pub verzonden_aan_werkgever: Option<NaiveDate>,
    /// A deliberate new version of an eindrapportage already seen or sent.
    #[serde(default)]
    pub nieuwe_versie: Option<NieuweVersie>,
    /// The employee's signature, as on a voortgangsrapportage.
    #[serde(default)]
    #[schemars(
        description = "De handtekening van de werknemer, gezet in de werkplek (Laten ondertekenen): de lijnen als SVG-pad (M, L en hele getallen) in een vlak van 600 bij 200. Een kopie staat als SVG naast het dossier, in de map handtekeningen."
    )]
    pub handtekening_werknemer: Option<String>,
    /// The coach's own signature, drawn in the werkplek where the bureau
    /// has none on file for them (see `house_style`): the same path data
    /// as the employee's, printed in the "Opgesteld door" box.
    #[serde(default)]
    #[schemars(
        description = "De handtekening van de coach, gezet in de werkplek (Zelf ondertekenen) als het bureau er geen heeft in bureau.yaml: de lijnen als SVG-pad (M, L en hele getallen) in een vlak van 600 bij 200."
    )]
    pub handtekening_coach: Option<String>,
}
