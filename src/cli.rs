//! The command line, as clap definitions.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "spoor2",
    version,
    about = "Voortgangsrapportages en eindrapportages spoor 2 uit een dossier in YAML",
    long_about = "spoor2 controleert dossiers van spoor 2-trajecten (Wet verbetering poortwachter) \
en maakt er de voortgangsrapportages en de eindrapportage van als PDF, \
klaar om bij het re-integratieverslag te voegen.",
    after_help = "Afsluitcodes: 0 in orde, 1 fouten in een dossier of een rapportage mislukt, \
2 verkeerd gebruik van de opdracht, 3 een bestand kon niet worden gelezen of geschreven, \
4 fout in een sjabloon."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Controleer dossiers en meld alle fouten en waarschuwingen.
    Check(CheckArgs),
    /// Maak de PDF-rapportages van dossiers.
    Render(RenderArgs),
    /// Toon de Poortwachter-tijdlijn van een dossier met alle termijnen.
    Tijdlijn(TijdlijnArgs),
    /// Maak het WIA-dossier: alles over spoor 2 in één PDF voor het re-integratieverslag.
    Dossier(DossierArgs),
    /// Maak een overzicht van alle dossiers in een map, de meest dringende eerst.
    Overzicht(OverzichtArgs),
    /// Zet de termijnen van alle dossiers in een map in een agenda (iCalendar, .ics): Poortwachter-termijnen en de volgende rapportage.
    Agenda(AgendaArgs),
    /// Druk het JSON-schema van het dossierformaat af (voor editors met YAML-ondersteuning).
    Schema,
    /// Begin een nieuw dossier, met uitleg bij elk onderdeel.
    Nieuw(NieuwArgs),
    /// Controleer en maak de rapportages opnieuw zodra het dossier of een sjabloon verandert.
    Watch(WatchArgs),
    /// Voeg een activiteit, sollicitatie, contact met de werkgever of maatregel toe aan een dossier.
    Toevoegen(Box<ToevoegenArgs>),
    /// Begin de volgende voortgangsrapportage: periode, datum en auteur ingevuld, de teksten in $EDITOR.
    Rapportage(RapportageArgs),
    /// Lees sollicitaties (of activiteiten) uit een spreadsheet (.xlsx, .ods, .csv); toont eerst wat er zou worden toegevoegd.
    Importeer(ImporteerArgs),
    /// Open de caseload en elk dossier in de browser, op deze computer (http://127.0.0.1, met toegangsteken).
    Werkplek(WerkplekArgs),
    /// Maak de jaarcijfers spoor 2 van een map met dossiers: gestart, afgerond, resultaten, duur, intensiteit (PDF, CSV of JSON).
    Jaarcijfers(JaarcijfersArgs),
    /// Maak een afgerond dossier anoniem (AVG): zonder namen, BSN, contactgegevens, vrije tekst en notities, met wat het bureau nodig heeft voor zijn jaarcijfers; verwijdert ook de PDF's van het dossier.
    Anonimiseer(AnonimiseerArgs),
    /// Verwijder een dossier na de bewaartermijn: het bestand, de vorige versie, de PDF's en elke versie in de geschiedenis.
    Verwijder(VerwijderArgs),
    /// Toon elke wijziging van een dossier, zet een eerdere versie terug, of zet de geschiedenis aan voor een map (git).
    Geschiedenis(GeschiedenisArgs),
    /// Maak de laatste wijziging van spoor2 aan een dossier ongedaan (weigert als het dossier daarna nog is gewijzigd).
    Ongedaan {
        /// Het dossierbestand (.yaml).
        #[arg(value_name = "BESTAND")]
        file: PathBuf,
    },
    /// Druk aanvullingen voor de shell af (bash, zsh, fish, elvish, powershell).
    Aanvullingen {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Druk de handleiding (man-pagina) af.
    Handleiding,
    /// Maak een synthetische caseload voor metingen.
    #[command(hide = true)]
    Genereer(GenereerArgs),
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Dossierbestanden (.yaml) of mappen met dossiers.
    #[arg(required = true, value_name = "PAD")]
    pub paths: Vec<PathBuf>,

    /// Behandel waarschuwingen als fouten.
    #[arg(long)]
    pub strict: bool,

    /// Datum waartegen termijnen worden beoordeeld (JJJJ-MM-DD); standaard vandaag.
    #[arg(long, value_name = "DATUM", value_parser = parse_date)]
    pub peildatum: Option<NaiveDate>,
}

#[derive(Debug, clap::Args)]
pub struct RenderArgs {
    /// Dossierbestanden (.yaml) of mappen met dossiers.
    #[arg(required = true, value_name = "PAD")]
    pub paths: Vec<PathBuf>,

    /// Map waarin de PDF's komen (wordt aangemaakt als hij niet bestaat).
    #[arg(short, long, value_name = "MAP", default_value = "rapportages")]
    pub output: PathBuf,

    /// Map met eigen sjablonen; een bestand daarin vervangt het ingebouwde sjabloon met dezelfde naam.
    #[arg(long, value_name = "MAP")]
    pub templates: Option<PathBuf>,

    /// Huisstijl van het bureau (bureau.yaml); standaard de bureau.yaml naast het dossier of in een bovenliggende map.
    #[arg(long, value_name = "BESTAND")]
    pub bureau: Option<PathBuf>,

    /// Schrijf ook de gegenereerde Typst-bron (.typ) naast elke PDF, voor sjabloonmakers.
    #[arg(long)]
    pub emit_typst: bool,

    /// Maak geen rapportages van dossiers met waarschuwingen.
    #[arg(long)]
    pub strict: bool,

    /// Datum waartegen termijnen worden beoordeeld (JJJJ-MM-DD); standaard vandaag.
    #[arg(long, value_name = "DATUM", value_parser = parse_date)]
    pub peildatum: Option<NaiveDate>,

    /// Maak alle rapportages opnieuw, ook als ze al actueel zijn.
    #[arg(long)]
    pub force: bool,

    /// Maak alleen de voortgangsrapportage over de periode die in deze maand eindigt (JJJJ-MM), of alleen de eindrapportage (eind).
    #[arg(long, value_name = "MAAND|eind", value_parser = crate::render::Only::parse)]
    pub alleen: Option<crate::render::Only>,

    /// Aantal rapportages dat tegelijk wordt gemaakt (standaard: alle processorkernen).
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=256))]
    pub jobs: Option<u16>,

    /// Geen voortgangsbalk en geen samenvatting.
    #[arg(short, long)]
    pub quiet: bool,

    /// Vorm van de uitvoer op stdout: tekst (de gemaakte bestanden) of json (een samenvatting voor scripts).
    #[arg(long, value_enum, default_value_t = OutputFormat::Tekst)]
    pub format: OutputFormat,

    /// Hoeveel opmaakrondes een ongebruikt tussenresultaat van Typst bewaard blijft (voor metingen).
    #[arg(long, hide = true, default_value_t = crate::typeset::CACHE_MAX_AGE)]
    pub cache_age: usize,

    /// Toon na afloop de tijd per stap (voor metingen).
    #[arg(long = "tijden", hide = true)]
    pub timings: bool,
}

#[derive(Debug, clap::Args)]
pub struct OverzichtArgs {
    /// Map met dossiers.
    #[arg(value_name = "MAP")]
    pub map: PathBuf,

    /// Datum waartegen termijnen worden afgezet (JJJJ-MM-DD); standaard vandaag.
    #[arg(long, value_name = "DATUM", value_parser = parse_date)]
    pub peildatum: Option<NaiveDate>,

    /// pdf, csv (met ; voor Nederlandse spreadsheets) of json; standaard volgens de extensie van -o, anders pdf.
    #[arg(long, value_enum)]
    pub format: Option<OverzichtFormat>,

    /// Uitvoerbestand (.pdf, .csv of .json); standaard overzicht-DATUM.pdf, of stdout bij csv en json.
    #[arg(short, long, value_name = "BESTAND")]
    pub output: Option<PathBuf>,

    /// Map met eigen sjablonen (zie render).
    #[arg(long, value_name = "MAP")]
    pub templates: Option<PathBuf>,

    /// Huisstijl van het bureau (bureau.yaml); standaard de bureau.yaml in de map of een bovenliggende map.
    #[arg(long, value_name = "BESTAND")]
    pub bureau: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct AgendaArgs {
    /// Map met dossiers.
    #[arg(value_name = "MAP")]
    pub map: PathBuf,

    /// Termijnen vanaf deze datum (JJJJ-MM-DD); standaard vandaag.
    #[arg(long, value_name = "DATUM", value_parser = parse_date)]
    pub peildatum: Option<NaiveDate>,

    /// Het agendabestand (.ics); standaard stdout.
    #[arg(short, long, value_name = "BESTAND")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct DossierArgs {
    /// Het dossierbestand (.yaml).
    #[arg(value_name = "BESTAND")]
    pub file: PathBuf,

    /// Het PDF-bestand; standaard DOSSIERNUMMER-wia-dossier.pdf in de map rapportages.
    #[arg(short, long, value_name = "BESTAND")]
    pub output: Option<PathBuf>,

    /// Datum van het WIA-dossier (JJJJ-MM-DD); ook de peildatum voor de openstaande aandachtspunten. Standaard vandaag.
    #[arg(long, value_name = "DATUM", value_parser = parse_date)]
    pub datum: Option<NaiveDate>,

    /// Wie het dossier samenstelt, als "naam, functie"; standaard de coach uit het dossier.
    #[arg(long, value_name = "NAAM, FUNCTIE")]
    pub samensteller: Option<String>,

    /// Map met eigen sjablonen (zie render).
    #[arg(long, value_name = "MAP")]
    pub templates: Option<PathBuf>,

    /// Huisstijl van het bureau (bureau.yaml); standaard de bureau.yaml naast het dossier of in een bovenliggende map.
    #[arg(long, value_name = "BESTAND")]
    pub bureau: Option<PathBuf>,

    /// Schrijf ook de gegenereerde Typst-bron (.typ) naast de PDF, voor sjabloonmakers.
    #[arg(long)]
    pub emit_typst: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OverzichtFormat {
    Pdf,
    Csv,
    Json,
}

impl OverzichtFormat {
    fn extension(self) -> &'static str {
        match self {
            OverzichtFormat::Pdf => "pdf",
            OverzichtFormat::Csv => "csv",
            OverzichtFormat::Json => "json",
        }
    }

    /// The format to write: `--format`, or else the one `-o`'s extension
    /// names, or else PDF. A file name whose extension is another format's,
    /// or none of the three, is refused with the message to show, so a PDF
    /// never lands in a file named `.csv`.
    pub fn resolve(
        format: Option<OverzichtFormat>,
        output: Option<&std::path::Path>,
    ) -> Result<OverzichtFormat, String> {
        let all = [
            OverzichtFormat::Pdf,
            OverzichtFormat::Csv,
            OverzichtFormat::Json,
        ];
        let Some(path) = output else {
            return Ok(format.unwrap_or(OverzichtFormat::Pdf));
        };
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        let named = all
            .into_iter()
            .find(|f| ext.as_deref() == Some(f.extension()));
        match (format, named) {
            (Some(f), Some(n)) if f != n => Err(format!(
                "-o {}: de naam eindigt op .{} maar --format is {}; kies een van beide, of laat --format weg",
                path.display(),
                n.extension(),
                f.extension()
            )),
            (_, Some(n)) => Ok(n),
            (_, None) => Err(format!(
                "-o {}: geef een bestandsnaam die eindigt op .pdf, .csv of .json; niets geschreven",
                path.display()
            )),
        }
    }
}

#[derive(Debug, clap::Args)]
pub struct WatchArgs {
    /// Het dossierbestand (.yaml).
    #[arg(value_name = "BESTAND")]
    pub file: PathBuf,

    /// Map waarin de PDF's komen.
    #[arg(short, long, value_name = "MAP", default_value = "rapportages")]
    pub output: PathBuf,

    /// Map met eigen sjablonen; ook die wordt gevolgd.
    #[arg(long, value_name = "MAP")]
    pub templates: Option<PathBuf>,

    /// Datum waartegen termijnen worden beoordeeld (JJJJ-MM-DD); standaard vandaag.
    #[arg(long, value_name = "DATUM", value_parser = parse_date)]
    pub peildatum: Option<NaiveDate>,

    /// Hoe vaak er gekeken wordt, in milliseconden.
    #[arg(long, hide = true, default_value_t = 300)]
    pub interval_ms: u64,
}

#[derive(Debug, clap::Args)]
pub struct NieuwArgs {
    /// Naam van de werknemer.
    #[arg(long)]
    pub naam: Option<String>,

    /// De eigen functie van de werknemer.
    #[arg(long)]
    pub functie: Option<String>,

    /// Naam van de werkgever.
    #[arg(long)]
    pub werkgever: Option<String>,

    /// Eerste ziektedag (JJJJ-MM-DD).
    #[arg(long, value_name = "DATUM", value_parser = parse_date)]
    pub eerste_ziektedag: Option<NaiveDate>,

    /// Startdatum van spoor 2 (JJJJ-MM-DD).
    #[arg(long, value_name = "DATUM", value_parser = parse_date)]
    pub start: Option<NaiveDate>,

    /// Hoe vaak er een voortgangsrapportage komt.
    #[arg(long, value_enum, default_value_t = CadansArg::Maandelijks)]
    pub cadans: CadansArg,

    /// Dossiernummer (standaard S2-<startdatum>).
    #[arg(long)]
    pub dossier: Option<String>,

    /// Naam van de coach.
    #[arg(long)]
    pub coach: Option<String>,

    /// Naam van het re-integratiebureau.
    #[arg(long)]
    pub bureau: Option<String>,

    /// Het nieuwe dossierbestand (standaard <dossiernummer>.yaml).
    #[arg(short, long, value_name = "BESTAND")]
    pub output: Option<PathBuf>,

    /// Overschrijf een bestaand bestand.
    #[arg(long)]
    pub overschrijven: bool,

    /// Vraag niets, ook niet op een terminal; ontbrekende gegevens zijn een fout.
    #[arg(long)]
    pub niet_vragen: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CadansArg {
    Maandelijks,
    Zeswekelijks,
    Driemaandelijks,
}

impl CadansArg {
    pub fn as_str(self) -> &'static str {
        match self {
            CadansArg::Maandelijks => "maandelijks",
            CadansArg::Zeswekelijks => "zeswekelijks",
            CadansArg::Driemaandelijks => "driemaandelijks",
        }
    }
}

#[derive(Debug, clap::Args)]
pub struct GenereerArgs {
    /// Aantal dossiers.
    #[arg(long, default_value_t = 1000)]
    pub aantal: usize,

    /// Zaad voor de willekeurige gegevens; hetzelfde zaad geeft dezelfde dossiers.
    #[arg(long, default_value_t = 2026)]
    pub zaad: u64,

    /// Voortgangsrapportages per dossier.
    #[arg(long, default_value_t = 1)]
    pub rapportages: usize,

    /// Map waarin de dossiers komen.
    #[arg(short, long, value_name = "MAP")]
    pub output: PathBuf,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    Tekst,
    Json,
}

#[derive(Debug, clap::Args)]
pub struct TijdlijnArgs {
    /// Het dossierbestand (.yaml).
    #[arg(value_name = "BESTAND")]
    pub file: PathBuf,

    /// Datum waartegen de termijnen worden afgezet (JJJJ-MM-DD); standaard vandaag.
    #[arg(long, value_name = "DATUM", value_parser = parse_date)]
    pub peildatum: Option<NaiveDate>,
}

/// Dates on the command line are ISO dates, like in a journal.
fn parse_date(s: &str) -> Result<NaiveDate, String> {
    crate::journal::structure::check_date(s).map_err(|(message, hint)| format!("{message}; {hint}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn verify_cli() {
        Cli::command().debug_assert();
    }
}

/// What `toevoegen` adds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Onderdeel {
    /// Een activiteit in het logboek.
    #[default]
    Activiteit,
    /// Een sollicitatie.
    Sollicitatie,
    /// Een contact met de werkgever.
    Contact,
    /// Een maatregel bij stagnatie.
    Maatregel,
    /// Een nieuwe versie van het zoekprofiel (met ingangsdatum, reden en onderbouwing).
    Zoekprofiel,
}

#[derive(Debug, Default, clap::Args)]
pub struct ToevoegenArgs {
    /// Het dossierbestand (.yaml).
    #[arg(value_name = "DOSSIER")]
    pub file: PathBuf,

    /// Wat er wordt toegevoegd.
    #[arg(value_enum, value_name = "ONDERDEEL")]
    pub onderdeel: Onderdeel,

    /// Datum: JJJJ-MM-DD, dd-mm-jjjj, vandaag of gisteren; niet na de peildatum.
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,

    /// Soort activiteit of maatregel.
    #[arg(long)]
    pub soort: Option<String>,

    /// Wat er gedaan is (activiteit, maatregel).
    #[arg(long, allow_hyphen_values = true)]
    pub omschrijving: Option<String>,

    /// Duur van een activiteit in minuten.
    #[arg(long, value_name = "MINUTEN")]
    pub duur: Option<u32>,

    /// Werkgever waarbij gesolliciteerd is.
    #[arg(long, allow_hyphen_values = true)]
    pub werkgever: Option<String>,

    /// Functie waarop gesolliciteerd is.
    #[arg(long, allow_hyphen_values = true)]
    pub functie: Option<String>,

    /// Kanaal van de sollicitatie.
    #[arg(long)]
    pub kanaal: Option<String>,

    /// Stand van de sollicitatie.
    #[arg(long)]
    pub status: Option<String>,

    /// Uitkomst of toelichting van de sollicitatie.
    #[arg(long, allow_hyphen_values = true)]
    pub resultaat: Option<String>,

    /// Vorm van het contact met de werkgever.
    #[arg(long)]
    pub vorm: Option<String>,

    /// Met wie het contact was.
    #[arg(long, allow_hyphen_values = true)]
    pub met: Option<String>,

    /// Waarover het contact ging.
    #[arg(long, allow_hyphen_values = true)]
    pub onderwerp: Option<String>,

    /// Wat het contact opleverde.
    #[arg(long, allow_hyphen_values = true)]
    pub uitkomst: Option<String>,

    /// Waarom het zoekprofiel verandert.
    #[arg(long, allow_hyphen_values = true)]
    pub reden: Option<String>,

    /// Hoe het nieuwe zoekprofiel volgt uit de belastbaarheid en het advies.
    #[arg(long, allow_hyphen_values = true)]
    pub onderbouwing: Option<String>,

    /// Functies van het nieuwe zoekprofiel, gescheiden door ';' (standaard: ongewijzigd).
    #[arg(long, allow_hyphen_values = true)]
    pub functies: Option<String>,

    /// Regio van het nieuwe zoekprofiel (standaard: ongewijzigd).
    #[arg(long, allow_hyphen_values = true)]
    pub regio: Option<String>,

    /// Uren per week van het nieuwe zoekprofiel, als MIN-MAX, bijvoorbeeld 16-24.
    #[arg(long, value_name = "MIN-MAX")]
    pub uren: Option<String>,

    /// Maximale reisafstand in km van het nieuwe zoekprofiel.
    #[arg(long, value_name = "KM")]
    pub reisafstand: Option<u32>,

    /// Niveau van het nieuwe zoekprofiel.
    #[arg(long)]
    pub niveau: Option<String>,

    /// Datum waartegen het dossier daarna wordt gecontroleerd; standaard vandaag.
    #[arg(long, value_name = "DATUM", value_parser = parse_date)]
    pub peildatum: Option<NaiveDate>,

    /// Niets vragen, ook niet op een terminal.
    #[arg(long)]
    pub niet_vragen: bool,
}

#[derive(Debug, clap::Args)]
pub struct RapportageArgs {
    /// Het dossierbestand (.yaml).
    #[arg(value_name = "DOSSIER")]
    pub file: PathBuf,

    /// Datum van de rapportage: JJJJ-MM-DD, dd-mm-jjjj, vandaag of gisteren; standaard de peildatum (vandaag). Niet na de peildatum.
    #[arg(long, value_name = "DATUM")]
    pub datum: Option<String>,

    /// Maak de PDF meteen, in deze map.
    #[arg(long, value_name = "MAP", num_args = 0..=1, default_missing_value = "rapportages")]
    pub maak: Option<PathBuf>,

    /// Datum waartegen het dossier daarna wordt gecontroleerd; standaard vandaag.
    #[arg(long, value_name = "DATUM", value_parser = parse_date)]
    pub peildatum: Option<NaiveDate>,
}

#[derive(Debug, clap::Args)]
pub struct WerkplekArgs {
    /// Map met dossiers.
    #[arg(value_name = "MAP")]
    pub map: PathBuf,

    /// Poort op 127.0.0.1; 0 (standaard) kiest een vrije poort.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub poort: u16,

    /// Map met de PDF's; standaard MAP/rapportages.
    #[arg(short, long, value_name = "MAP")]
    pub output: Option<PathBuf>,

    /// Datum waartegen termijnen worden beoordeeld (JJJJ-MM-DD); standaard vandaag.
    #[arg(long, value_name = "DATUM", value_parser = parse_date)]
    pub peildatum: Option<NaiveDate>,
}

#[derive(Debug, clap::Args)]
pub struct JaarcijfersArgs {
    /// Map met dossiers (ook geanonimiseerde).
    #[arg(value_name = "MAP")]
    pub map: PathBuf,

    /// Het jaar (JJJJ).
    #[arg(long, value_name = "JAAR")]
    pub jaar: i32,

    /// pdf, csv (met ; voor Nederlandse spreadsheets) of json; standaard volgens de extensie van -o, anders pdf.
    #[arg(long, value_enum)]
    pub format: Option<OverzichtFormat>,

    /// Uitvoerbestand (.pdf, .csv of .json); standaard jaarcijfers-JAAR.pdf, of stdout bij csv en json.
    #[arg(short, long, value_name = "BESTAND")]
    pub output: Option<PathBuf>,

    /// Map met eigen sjablonen (zie render).
    #[arg(long, value_name = "MAP")]
    pub templates: Option<PathBuf>,

    /// Huisstijl van het bureau (bureau.yaml); standaard de bureau.yaml in de map of een bovenliggende map.
    #[arg(long, value_name = "BESTAND")]
    pub bureau: Option<PathBuf>,

    /// De datum waarop de cijfers zijn opgemaakt (JJJJ-MM-DD); standaard vandaag.
    #[arg(long, value_name = "DATUM", value_parser = parse_date)]
    pub peildatum: Option<NaiveDate>,
}

#[derive(Debug, clap::Args)]
pub struct AnonimiseerArgs {
    /// Het dossierbestand (.yaml) van een afgerond traject.
    #[arg(value_name = "BESTAND")]
    pub file: PathBuf,

    /// Anonimiseer zonder te vragen (na het overzicht van wat verdwijnt).
    #[arg(long)]
    pub ja: bool,

    /// Map met de rapportages van dit dossier: de PDF's en Typst-bronnen van het dossier en hun regels in het manifest worden verwijderd.
    #[arg(short, long, value_name = "MAP", default_value = "rapportages")]
    pub output: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct VerwijderArgs {
    /// Het dossierbestand (.yaml) van een afgerond traject.
    #[arg(value_name = "BESTAND")]
    pub file: PathBuf,

    /// Verwijder zonder te vragen.
    #[arg(long)]
    pub ja: bool,

    /// Map met de rapportages van dit dossier: ook de PDF's en Typst-bronnen van het dossier worden verwijderd.
    #[arg(short, long, value_name = "MAP", default_value = "rapportages")]
    pub output: PathBuf,
}

#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("wat").required(true).args(["file", "aanzetten"])))]
pub struct GeschiedenisArgs {
    /// Het dossierbestand (.yaml) waarvan de wijzigingen worden getoond.
    #[arg(value_name = "BESTAND")]
    pub file: Option<PathBuf>,

    /// Zet de geschiedenis aan voor deze map: een git-repository, met elk dossier erin als eerste versie.
    #[arg(long, value_name = "MAP", conflicts_with = "file")]
    pub aanzetten: Option<PathBuf>,

    /// Zet de tekst van deze versie (de code uit de lijst) terug, als nieuwe wijziging.
    #[arg(long, value_name = "VERSIE", requires = "file")]
    pub terugzetten: Option<String>,

    /// De datum waartegen het teruggezette dossier wordt gecontroleerd (standaard: vandaag).
    #[arg(long, value_name = "DATUM", value_parser = parse_date)]
    pub peildatum: Option<chrono::NaiveDate>,
}

#[derive(Debug, clap::Args)]
pub struct ImporteerArgs {
    /// Het dossierbestand (.yaml).
    #[arg(value_name = "DOSSIER")]
    pub file: PathBuf,

    /// De spreadsheet met sollicitaties (.xlsx, .ods of .csv met ; of ,).
    #[arg(value_name = "BESTAND")]
    pub bestand: PathBuf,

    /// Voeg de sollicitaties echt toe (zonder deze optie alleen een voorbeeld).
    #[arg(long)]
    pub schrijf: bool,

    /// De lijst bevat activiteiten (datum, soort, omschrijving, duur) in plaats van sollicitaties.
    #[arg(long)]
    pub activiteiten: bool,

    /// Een kolom met een andere kop: veld=Kop, bijvoorbeeld werkgever=Bedrijfsnaam.
    #[arg(long, value_name = "VELD=KOP")]
    pub kolom: Vec<String>,

    /// Datum waartegen het dossier daarna wordt gecontroleerd; standaard vandaag.
    #[arg(long, value_name = "DATUM", value_parser = parse_date)]
    pub peildatum: Option<NaiveDate>,
}

impl From<CadansArg> for crate::journal::Cadans {
    fn from(c: CadansArg) -> Self {
        match c {
            CadansArg::Maandelijks => crate::journal::Cadans::Maandelijks,
            CadansArg::Zeswekelijks => crate::journal::Cadans::Zeswekelijks,
            CadansArg::Driemaandelijks => crate::journal::Cadans::Driemaandelijks,
        }
    }
}
