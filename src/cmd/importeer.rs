//! `spoor2 importeer`: the applications from a spreadsheet the employee
//! kept, added to the journal. By default a preview: what would be added,
//! and every row that would be skipped with the reason (a duplicate of an
//! entry already in the journal, no date or one after the peildatum, an
//! unknown channel or status with the nearest allowed value). `--schrijf` adds them, as one checked,
//! atomic edit that `ongedaan` undoes at once.

use chrono::NaiveDate;

use super::ask::{nearest, one_of};
use super::toevoegen::{Entry, allowed, write_entries};
use super::{Outcome, RunError};
use crate::Status;
use crate::cli::ImporteerArgs;
use crate::edit::Field;
use crate::import::{self, Cell};
use crate::journal::{ActiviteitSoort, Kanaal, SollicitatieStatus};

/// Words spreadsheets use for a channel or status, and the value meant.
const SYNONYMS: [(&str, &str); 12] = [
    ("linkedin", "vacaturesite"),
    ("indeed", "vacaturesite"),
    ("werk.nl", "vacaturesite"),
    ("nationale vacaturebank", "vacaturesite"),
    ("website", "website-werkgever"),
    ("site werkgever", "website-werkgever"),
    ("open", "open-sollicitatie"),
    ("uitzendbureau", "uitzendbureau"),
    ("geen reactie", "geen-reactie"),
    ("geen antwoord", "geen-reactie"),
    ("uitnodiging", "uitgenodigd"),
    ("afwijzing", "afgewezen"),
];

/// A value from a fixed list, accepting the usual spellings; or why not.
fn pick(value: &str, allowed: &[String], what: &str) -> Result<String, String> {
    let v = value.trim().to_lowercase();
    let v = SYNONYMS
        .iter()
        .find(|(word, _)| *word == v)
        .map_or(v.replace(' ', "-"), |(_, meant)| meant.to_string());
    one_of(&v, allowed, what).map_err(|_| {
        format!(
            "{what} '{}' is onbekend; bedoelt u '{}'?",
            value.trim(),
            nearest(&v, allowed)
        )
    })
}

/// An application to add, or why a row is skipped.
enum Row {
    Add(NaiveDate, Vec<(&'static str, Field)>, String),
    Skip(String),
    Empty,
}

pub fn run(args: &ImporteerArgs) -> Outcome {
    let today = chrono::Local::now().date_naive();
    let peildatum = args.peildatum.unwrap_or(today);
    let path = &args.file;
    let (_, journal) = super::load_for_edit(
        path,
        peildatum,
        "niets geïmporteerd: los eerst de fouten in het dossier op",
    )?;
    let journal = &journal;
    let mappings = args
        .kolom
        .iter()
        .map(|m| {
            m.split_once('=')
                .map(|(f, k)| (f.trim().to_lowercase(), k.trim().to_string()))
                .filter(|(f, _)| import::FIELDS.iter().any(|(name, _)| name == f))
                .ok_or_else(|| {
                    RunError::Usage(format!(
                        "--kolom '{m}': schrijf veld=Kop met een veld uit: {}",
                        import::FIELDS.map(|(f, _)| f).join(", ")
                    ))
                })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let rows = import::read_rows(&args.bestand)
        .map_err(|reason| RunError::Refused(format!("{}: {reason}", args.bestand.display())))?;
    let Some(header_at) = rows
        .iter()
        .position(|r| r.iter().any(|c| *c != Cell::Empty))
    else {
        return Err(RunError::Refused(format!(
            "{}: het bestand is leeg",
            args.bestand.display()
        )));
    };
    let columns = import::columns(&rows[header_at], &mappings);
    let needed: &[&str] = if args.activiteiten {
        &["datum", "soort", "omschrijving"]
    } else {
        &["datum", "werkgever", "functie"]
    };
    for needed in needed {
        if !columns.iter().any(|(f, _)| f == needed) {
            return Err(RunError::Refused(format!(
                "{}: geen kolom voor '{needed}' gevonden in de eerste regel; geef haar aan met --kolom {needed}=<kop>",
                args.bestand.display()
            )));
        }
    }
    let channels = allowed::<Kanaal>();
    let statuses = allowed::<SollicitatieStatus>();
    let kinds = allowed::<ActiviteitSoort>();
    // What is already in the journal: an entry is the same when these
    // agree.
    let mut seen: Vec<(NaiveDate, String, String)> = if args.activiteiten {
        journal
            .activiteiten
            .iter()
            .map(|a| {
                let kind = serde_json::to_value(a.soort)
                    .ok()
                    .and_then(|v| v.as_str().map(String::from))
                    .unwrap_or_default();
                (a.datum, kind, a.omschrijving.trim().to_lowercase())
            })
            .collect()
    } else {
        journal
            .sollicitaties
            .iter()
            .map(|s| {
                (
                    s.datum,
                    s.werkgever.trim().to_lowercase(),
                    s.functie.trim().to_lowercase(),
                )
            })
            .collect()
    };

    let mut results = Vec::new();
    for (i, row) in rows.iter().enumerate().skip(header_at + 1) {
        let number = i + 1;
        let get = |name| import::field(row, &columns, name);
        if row.iter().all(|c| *c == Cell::Empty) {
            results.push((number, Row::Empty));
            continue;
        }
        let (first, second) = if args.activiteiten {
            (
                import::text_of(get("soort")),
                import::text_of(get("omschrijving")),
            )
        } else {
            (
                import::text_of(get("werkgever")),
                import::text_of(get("functie")),
            )
        };
        let outcome = if args.activiteiten {
            activity(&get, &kinds, &mut seen, peildatum)
        } else {
            application(&get, &channels, &statuses, &mut seen, peildatum)
        };
        let row = match outcome {
            Ok(add) => add,
            Err(reason) => {
                let who = [first, second]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(", ");
                Row::Skip(if who.is_empty() {
                    reason.to_string()
                } else {
                    format!("{reason} ({who})")
                })
            }
        };
        results.push((number, row));
    }

    let entries: Vec<Entry> = results
        .iter()
        .filter_map(|(_, r)| match r {
            Row::Add(d, f, _) => Some((*d, f.clone())),
            _ => None,
        })
        .collect();
    let skipped = results
        .iter()
        .filter(|(_, r)| matches!(r, Row::Skip(_)))
        .count();
    let empty = results
        .iter()
        .filter(|(_, r)| matches!(r, Row::Empty))
        .count();
    let verb = if args.schrijf {
        "toegevoegd"
    } else {
        "toe te voegen"
    };
    println!(
        "{}: {} {verb}, {skipped} overgeslagen{}",
        args.bestand.display(),
        plural(entries.len(), args.activiteiten),
        if empty > 0 {
            format!(
                ", {empty} lege {}",
                if empty == 1 { "regel" } else { "regels" }
            )
        } else {
            String::new()
        }
    );
    for (number, row) in &results {
        match row {
            Row::Add(_, _, line) => println!("  + regel {number}: {line}"),
            Row::Skip(reason) => println!("  - regel {number}: overgeslagen: {reason}"),
            Row::Empty => {}
        }
    }
    if !args.schrijf {
        if !entries.is_empty() {
            println!("Niets geschreven; voeg ze toe met --schrijf.");
        }
        return Ok(Status::Ok);
    }
    if entries.is_empty() {
        return Ok(Status::Ok);
    }
    let after = write_entries(
        path,
        if args.activiteiten {
            "activiteiten"
        } else {
            "sollicitaties"
        },
        &entries,
        "import",
        peildatum,
    )?;
    println!("{}: {}", path.display(), after.verdict(false));
    Ok(Status::Ok)
}

/// Seen entries: date and two texts that identify one.
type Seen = Vec<(NaiveDate, String, String)>;

/// The date of a row; not after the peildatum, since the journal records
/// what happened.
fn row_date(
    get: &dyn Fn(&'static str) -> Option<Cell>,
    peildatum: NaiveDate,
) -> Result<NaiveDate, String> {
    let datum = get("datum")
        .and_then(|c| import::date_of(&c))
        .ok_or_else(|| "geen (leesbare) datum".to_string())?;
    match crate::validate::future::refusal(datum, peildatum) {
        Some(why) => Err(why),
        None => Ok(datum),
    }
}

/// Notes an entry as present, or says it already is.
fn remember(seen: &mut Seen, key: (NaiveDate, String, String)) -> Result<(), String> {
    if seen.contains(&key) {
        return Err("staat al in het dossier".to_string());
    }
    seen.push(key);
    Ok(())
}

/// An application from a row, or why not.
fn application(
    get: &dyn Fn(&'static str) -> Option<Cell>,
    channels: &[String],
    statuses: &[String],
    seen: &mut Seen,
    peildatum: NaiveDate,
) -> Result<Row, String> {
    let datum = row_date(get, peildatum)?;
    let werkgever = import::text_of(get("werkgever")).ok_or("geen werkgever")?;
    let functie = import::text_of(get("functie")).ok_or("geen functie")?;
    let kanaal = match import::text_of(get("kanaal")) {
        Some(k) => pick(&k, channels, "kanaal")?,
        None => "overig".to_string(),
    };
    let status = match import::text_of(get("status")) {
        Some(s) => pick(&s, statuses, "status")?,
        None => "verstuurd".to_string(),
    };
    remember(
        seen,
        (datum, werkgever.to_lowercase(), functie.to_lowercase()),
    )?;
    let mut fields = vec![
        ("datum", Field::Date(datum)),
        ("werkgever", Field::Text(werkgever.clone())),
        ("functie", Field::Text(functie.clone())),
        ("kanaal", Field::Word(kanaal.clone())),
        ("status", Field::Word(status.clone())),
    ];
    if let Some(r) = import::text_of(get("resultaat")) {
        fields.push(("resultaat", Field::Text(r)));
    }
    let line = format!(
        "{}  {werkgever}, {functie} ({kanaal}, {status})",
        datum.format("%Y-%m-%d")
    );
    Ok(Row::Add(datum, fields, line))
}

/// An activity from a row, or why not.
fn activity(
    get: &dyn Fn(&'static str) -> Option<Cell>,
    kinds: &[String],
    seen: &mut Seen,
    peildatum: NaiveDate,
) -> Result<Row, String> {
    let datum = row_date(get, peildatum)?;
    let soort = pick(
        &import::text_of(get("soort")).ok_or("geen soort")?,
        kinds,
        "soort",
    )?;
    let omschrijving = import::text_of(get("omschrijving")).ok_or("geen omschrijving")?;
    let duur = match get("duur") {
        Some(Cell::Number(n)) if n >= 1.0 => Some(n.round() as i64),
        Some(cell) => import::text_of(Some(cell))
            .map(|t| {
                t.trim_end_matches("min")
                    .trim()
                    .parse::<i64>()
                    .map_err(|_| format!("duur '{t}' is geen aantal minuten"))
            })
            .transpose()?,
        None => None,
    };
    remember(seen, (datum, soort.clone(), omschrijving.to_lowercase()))?;
    let mut fields = vec![
        ("datum", Field::Date(datum)),
        ("soort", Field::Word(soort.clone())),
        ("omschrijving", Field::Text(omschrijving.clone())),
    ];
    if let Some(d) = duur {
        fields.push(("duur_minuten", Field::Int(d)));
    }
    let line = format!(
        "{}  {soort}: {omschrijving}{}",
        datum.format("%Y-%m-%d"),
        duur.map_or(String::new(), |d| format!(" ({d} min)"))
    );
    Ok(Row::Add(datum, fields, line))
}

fn plural(n: usize, activities: bool) -> String {
    match (n, activities) {
        (1, false) => "1 sollicitatie".into(),
        (n, false) => format!("{n} sollicitaties"),
        (1, true) => "1 activiteit".into(),
        (n, true) => format!("{n} activiteiten"),
    }
}
