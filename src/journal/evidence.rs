//! The sections journal format version 2 adds: the evidence UWV's
//! arbeidsdeskundige judges spoor 2 on beyond "started in time" and
//! "intense enough". A persoonsprofiel, a trajectplan agreed by both sides,
//! the employer's part (contacts, reports sent), and what was done when the
//! trajectory stalled. Every field is optional in the types, so a version 1
//! journal reads as version 2 with these sections empty; the rules in
//! `validate::evidence` ask for them in version 2 journals only.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    description = "Wie de werknemer is als werkzoekende: ervaring, opleiding, vaardigheden, wensen en mobiliteit. Functioneren, nooit medische gegevens."
)]
pub struct Persoonsprofiel {
    #[serde(default)]
    #[schemars(
        description = "Werkervaring, één regel per functie, bijvoorbeeld '2014-2025 Magazijnmedewerker, Bakkerij 't Kromhoekje'."
    )]
    pub werkervaring: Vec<String>,
    #[serde(default)]
    #[schemars(description = "Opleidingen, cursussen en certificaten.")]
    pub opleiding: Vec<String>,
    #[serde(default)]
    #[schemars(description = "Vaardigheden en sterke punten.")]
    pub vaardigheden: Vec<String>,
    #[serde(default)]
    #[schemars(description = "Wensen en ambities van de werknemer voor ander werk.")]
    pub wensen: Option<String>,
    #[serde(default)]
    pub mobiliteit: Option<Mobiliteit>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(description = "Hoe de werknemer naar werk kan reizen.")]
pub struct Mobiliteit {
    #[serde(default)]
    #[schemars(description = "Rijbewijs, bijvoorbeeld 'B' of 'geen'.")]
    pub rijbewijs: Option<String>,
    #[serde(default)]
    #[schemars(description = "Vervoer, bijvoorbeeld 'eigen auto', 'fiets en openbaar vervoer'.")]
    pub vervoer: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    description = "Het plan van aanpak spoor 2: doel, aanpak, rapportage en evaluatie, duur, en wanneer werknemer en werkgever ermee akkoord gingen."
)]
pub struct Trajectplan {
    #[schemars(description = "Het doel van het traject.", length(min = 1))]
    pub doel: String,
    #[schemars(description = "De aanpak in fasen, in volgorde.", length(min = 1))]
    pub fasen: Vec<Fase>,
    #[schemars(
        description = "Afspraken over rapportage en evaluatie: hoe vaak, aan wie, wanneer geëvalueerd wordt.",
        length(min = 1)
    )]
    pub rapportage_en_evaluatie: String,
    #[schemars(
        description = "Verwachte duur, bijvoorbeeld '6 maanden'.",
        length(min = 1)
    )]
    pub verwachte_duur: String,
    #[serde(default)]
    #[schemars(description = "Datum waarop de werknemer akkoord ging met het plan.")]
    pub akkoord_werknemer: Option<NaiveDate>,
    #[serde(default)]
    #[schemars(description = "Datum waarop de werkgever akkoord ging met het plan.")]
    pub akkoord_werkgever: Option<NaiveDate>,
    #[serde(default)]
    #[schemars(description = "Bijstellingen van het plan, met datum en reden.")]
    pub bijstellingen: Vec<Bijstelling>,
    /// The employee's signature under the plan, drawn in the werkplek on
    /// the day of akkoord_werknemer; from then on the plan changes only by
    /// a bijstelling.
    #[serde(default)]
    #[schemars(
        description = "De handtekening van de werknemer onder het plan, gezet in de werkplek (Laten ondertekenen) op de dag van akkoord_werknemer: de lijnen als SVG-pad (M, L en hele getallen) in een vlak van 600 bij 200. Daarna verandert het plan alleen door een bijstelling."
    )]
    pub handtekening_werknemer: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(description = "Eén fase van de aanpak.")]
pub struct Fase {
    #[schemars(
        description = "Naam van de fase, bijvoorbeeld 'Oriëntatie'.",
        length(min = 1)
    )]
    pub naam: String,
    #[serde(default)]
    #[schemars(description = "Wanneer, bijvoorbeeld 'maand 1-2'.")]
    pub wanneer: Option<String>,
    #[schemars(description = "Wat er in deze fase gebeurt.", length(min = 1))]
    pub inhoud: String,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(description = "Een bijstelling van het trajectplan.")]
pub struct Bijstelling {
    #[schemars(description = "Datum van de bijstelling.")]
    pub datum: NaiveDate,
    #[schemars(description = "Waarom het plan is bijgesteld.", length(min = 1))]
    pub reden: String,
    #[schemars(description = "Wat er in het plan veranderde.", length(min = 1))]
    pub wijziging: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[schemars(description = "Hoe het contact met de werkgever verliep.")]
pub enum ContactVorm {
    #[schemars(description = "Gesprek van werknemer, werkgever en coach samen.")]
    Driegesprek,
    #[schemars(description = "Evaluatie van het traject met de werkgever.")]
    Evaluatie,
    Overleg,
    Telefoon,
    Mail,
}

impl ContactVorm {
    pub fn label(self) -> &'static str {
        match self {
            ContactVorm::Driegesprek => "Driegesprek",
            ContactVorm::Evaluatie => "Evaluatie",
            ContactVorm::Overleg => "Overleg",
            ContactVorm::Telefoon => "Telefoon",
            ContactVorm::Mail => "Mail",
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(description = "Eén contact met de werkgever over het traject.")]
pub struct Werkgevercontact {
    #[schemars(description = "Datum van het contact.")]
    pub datum: NaiveDate,
    pub vorm: ContactVorm,
    #[schemars(
        description = "Met wie, bijvoorbeeld 'Petra Smit (HR-adviseur)'.",
        length(min = 1)
    )]
    pub met: String,
    #[schemars(description = "Waarover het ging.", length(min = 1))]
    pub onderwerp: String,
    #[serde(default)]
    #[schemars(description = "Wat het opleverde: afspraken, besluiten.")]
    pub uitkomst: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[schemars(description = "Soort maatregel.")]
pub enum MaatregelSoort {
    BijstellingZoekprofiel,
    ExtraCoaching,
    Scholing,
    Werkervaringsplaats,
    Proefplaatsing,
    Jobcoaching,
    DeskundigenoordeelAangevraagd,
    Overig,
}

impl MaatregelSoort {
    pub fn label(self) -> &'static str {
        match self {
            MaatregelSoort::BijstellingZoekprofiel => "Bijstelling zoekprofiel",
            MaatregelSoort::ExtraCoaching => "Extra coaching",
            MaatregelSoort::Scholing => "Scholing",
            MaatregelSoort::Werkervaringsplaats => "Werkervaringsplaats",
            MaatregelSoort::Proefplaatsing => "Proefplaatsing",
            MaatregelSoort::Jobcoaching => "Jobcoaching",
            MaatregelSoort::DeskundigenoordeelAangevraagd => "Deskundigenoordeel aangevraagd",
            MaatregelSoort::Overig => "Overig",
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(description = "Een maatregel toen het traject stagneerde of dreigde te stagneren.")]
pub struct Maatregel {
    #[schemars(description = "Datum van de maatregel.")]
    pub datum: NaiveDate,
    pub soort: MaatregelSoort,
    #[schemars(description = "Wat er gedaan is en waarom.", length(min = 1))]
    pub omschrijving: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[schemars(description = "Het oordeel van UWV.")]
pub enum Oordeel {
    Voldoende,
    Onvoldoende,
}

impl Oordeel {
    pub fn label(self) -> &'static str {
        match self {
            Oordeel::Voldoende => "voldoende",
            Oordeel::Onvoldoende => "onvoldoende",
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    description = "Een deskundigenoordeel van UWV over de re-integratie-inspanningen (spoor 2)."
)]
pub struct Deskundigenoordeel {
    #[schemars(description = "Datum waarop het oordeel werd aangevraagd.")]
    pub aanvraagdatum: NaiveDate,
    #[schemars(
        description = "Wie het aanvroeg: werkgever of werknemer.",
        length(min = 1)
    )]
    pub aangevraagd_door: String,
    #[schemars(description = "De vraag aan UWV.", length(min = 1))]
    pub vraag: String,
    #[serde(default)]
    pub uitkomst: Option<Oordeel>,
    #[serde(default)]
    #[schemars(description = "Datum van het oordeel.")]
    pub datum: Option<NaiveDate>,
    #[serde(default)]
    #[schemars(description = "Wat er met het oordeel is gedaan.")]
    pub opvolging: Option<String>,
    /// When the opvolging was decided. A report dated before it does not
    /// show it; an opvolging without a date shows only in the documents
    /// about the whole trajectory (eindrapportage, WIA dossier).
    #[serde(default)]
    #[schemars(
        description = "Datum waarop de opvolging werd besloten (bijvoorbeeld het driegesprek)."
    )]
    pub opvolging_datum: Option<NaiveDate>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[schemars(description = "Of de werknemer het eens is met de rapportage.")]
pub enum Akkoord {
    Akkoord,
    NietAkkoord,
    Gedeeltelijk,
}

impl Akkoord {
    pub fn label(self) -> &'static str {
        match self {
            Akkoord::Akkoord => "akkoord",
            Akkoord::NietAkkoord => "niet akkoord",
            Akkoord::Gedeeltelijk => "gedeeltelijk akkoord",
        }
    }
}
