//! `spoor2 toevoegen`: a week's activities, applications, employer
//! contacts and measures added to a journal from options or by answering
//! questions, without typing YAML. `spoor2 ongedaan` undoes the last edit.
//!
//! The entry is written into the journal's text (`crate::edit`), keeping
//! the coach's comments and layout; the result is read and checked like
//! any journal before it is written, and refused with its findings when it
//! would have errors. The write is atomic, and the previous version is kept
//! beside the journal as `<file>.vorige`.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use schemars::JsonSchema;

use super::ask::Asker;
use super::{Outcome, RunError};
use crate::Status;
use crate::cli::{Onderdeel, ToevoegenArgs};
use crate::dates::{long, parse_date};
use crate::edit::{self, Field};
use crate::journal::{
    self, ActiviteitSoort, ContactVorm, Kanaal, MaatregelSoort, SollicitatieStatus,
};

/// The values a coach may choose for an enumeration, as written in a
/// journal, from the same schema the reader checks against.
pub fn allowed<T: JsonSchema>() -> Vec<String> {
    let schema = schemars::schema_for!(T).to_value();
    let mut out = Vec::new();
    let mut collect = |v: &serde_json::Value| {
        if let Some(s) = v.get("const").and_then(|c| c.as_str()) {
            out.push(s.to_string());
        }
        if let Some(list) = v.get("enum").and_then(|e| e.as_array()) {
            out.extend(list.iter().filter_map(|x| x.as_str()).map(String::from));
        }
    };
    collect(&schema);
    for key in ["oneOf", "anyOf"] {
        for variant in schema
            .get(key)
            .and_then(|v| v.as_array())
            .into_iter()
            .flatten()
        {
            collect(variant);
        }
    }
    out
}

/// Why an entry of this kind is never dated after the peildatum.
fn recorded_when(onderdeel: Onderdeel) -> &'static str {
    match onderdeel {
        Onderdeel::Activiteit => "een activiteit wordt vastgelegd als ze heeft plaatsgevonden",
        Onderdeel::Sollicitatie => "een sollicitatie wordt vastgelegd als ze is verstuurd",
        Onderdeel::Contact => {
            "een contact met de werkgever wordt vastgelegd als het heeft plaatsgevonden"
        }
        Onderdeel::Maatregel => "een maatregel wordt vastgelegd als ze is genomen",
        Onderdeel::Zoekprofiel => {
            "een wijziging van het zoekprofiel wordt vastgelegd als ze ingaat"
        }
    }
}

/// Where an entry goes in the journal, and what it is called in messages.
fn list_of(onderdeel: Onderdeel) -> (&'static str, &'static str) {
    match onderdeel {
        Onderdeel::Activiteit => ("activiteiten", "activiteit"),
        Onderdeel::Sollicitatie => ("sollicitaties", "sollicitatie"),
        Onderdeel::Contact => ("werkgevercontacten", "contact met de werkgever"),
        Onderdeel::Maatregel => ("maatregelen", "maatregel"),
        Onderdeel::Zoekprofiel => ("zoekprofielwijzigingen", "wijziging van het zoekprofiel"),
    }
}

/// A new entry: its date (for its place in the list) and its fields.
pub type Entry = (NaiveDate, Vec<(&'static str, Field)>);

/// The entry's date and fields, from the options or by asking. An entry
/// dated after `peildatum` is refused before anything else is asked.
fn gather(
    args: &ToevoegenArgs,
    journal: &journal::Journal,
    today: NaiveDate,
    peildatum: NaiveDate,
) -> Result<Entry, String> {
    let interactive = std::io::stdin().is_terminal() && !args.niet_vragen;
    let mut ask = Asker::new(interactive, std::io::stdin().lock());
    let datum = match &args.datum {
        Some(d) => parse_date(d, today).map_err(|e| format!("--datum: {e}"))?,
        None if interactive => ask.date(
            "Datum (JJJJ-MM-DD, dd-mm-jjjj, vandaag, gisteren)",
            None,
            "--datum",
        )?,
        None => return Err("--datum ontbreekt (Datum)".into()),
    };
    if let Some(why) = crate::validate::future::refusal(datum, peildatum) {
        return Err(format!(
            "niets toegevoegd: {why}; {}",
            recorded_when(args.onderdeel)
        ));
    }
    if args.onderdeel == Onderdeel::Zoekprofiel {
        return zoekprofiel(args, journal, datum, &mut ask).map(|fields| (datum, fields));
    }
    let mut fields = vec![("datum", Field::Date(datum))];
    let text = |s: String| Field::Text(s.trim().to_string());
    match args.onderdeel {
        Onderdeel::Activiteit => {
            let soort = ask.choice(
                "Soort activiteit",
                args.soort.clone(),
                "--soort",
                &allowed::<ActiviteitSoort>(),
            )?;
            let omschrijving = ask.text(
                "Wat er gedaan is en met welk resultaat",
                args.omschrijving.clone(),
                "--omschrijving",
            )?;
            fields.push(("soort", Field::Word(soort)));
            fields.push(("omschrijving", text(omschrijving)));
            if let Some(duur) = args.duur {
                fields.push(("duur_minuten", Field::Int(i64::from(duur))));
            }
        }
        Onderdeel::Sollicitatie => {
            let werkgever = ask.text("Werkgever", args.werkgever.clone(), "--werkgever")?;
            let functie = ask.text("Functie", args.functie.clone(), "--functie")?;
            let kanaal = ask.choice(
                "Kanaal",
                args.kanaal.clone(),
                "--kanaal",
                &allowed::<Kanaal>(),
            )?;
            let status = ask.choice(
                "Stand",
                args.status.clone(),
                "--status",
                &allowed::<SollicitatieStatus>(),
            )?;
            fields.push(("werkgever", text(werkgever)));
            fields.push(("functie", text(functie)));
            fields.push(("kanaal", Field::Word(kanaal)));
            fields.push(("status", Field::Word(status)));
            if let Some(r) = &args.resultaat {
                fields.push(("resultaat", text(r.clone())));
            }
        }
        Onderdeel::Contact => {
            let vorm = ask.choice(
                "Vorm",
                args.vorm.clone(),
                "--vorm",
                &allowed::<ContactVorm>(),
            )?;
            let met = ask.text("Met wie", args.met.clone(), "--met")?;
            let onderwerp = ask.text("Onderwerp", args.onderwerp.clone(), "--onderwerp")?;
            fields.push(("vorm", Field::Word(vorm)));
            fields.push(("met", text(met)));
            fields.push(("onderwerp", text(onderwerp)));
            if let Some(u) = &args.uitkomst {
                fields.push(("uitkomst", text(u.clone())));
            }
        }
        Onderdeel::Maatregel => {
            let soort = ask.choice(
                "Soort maatregel",
                args.soort.clone(),
                "--soort",
                &allowed::<MaatregelSoort>(),
            )?;
            let omschrijving = ask.text(
                "Wat er gedaan is en waarom",
                args.omschrijving.clone(),
                "--omschrijving",
            )?;
            fields.push(("soort", Field::Word(soort)));
            fields.push(("omschrijving", text(omschrijving)));
        }
        Onderdeel::Zoekprofiel => unreachable!("handled above"),
    }
    Ok((datum, fields))
}

/// A new version of the zoekprofiel: the one in force on `datum`, with the
/// changes given, and why.
fn zoekprofiel<R: std::io::BufRead>(
    args: &ToevoegenArgs,
    journal: &journal::Journal,
    datum: NaiveDate,
    ask: &mut Asker<R>,
) -> Result<Vec<(&'static str, Field)>, String> {
    let (_, current) = crate::validate::evidence::profile_in_force(journal, datum);
    let reden = ask.text(
        "Waarom verandert het zoekprofiel",
        args.reden.clone(),
        "--reden",
    )?;
    let onderbouwing = ask.text(
        "Hoe volgt het nieuwe profiel uit de belastbaarheid en het advies",
        args.onderbouwing.clone(),
        "--onderbouwing",
    )?;
    let list = |items: Vec<String>| Field::List(items.into_iter().map(Field::Text).collect());
    let functies = match &args.functies {
        Some(f) => f
            .split(';')
            .map(|x| x.trim().to_string())
            .filter(|x| !x.is_empty())
            .collect(),
        None => current.functies.clone(),
    };
    let (min, max) = match &args.uren {
        Some(u) => {
            let parsed = u.split_once('-').and_then(|(a, b)| {
                Some((
                    a.trim().replace(',', ".").parse::<f64>().ok()?,
                    b.trim().replace(',', ".").parse::<f64>().ok()?,
                ))
            });
            parsed.ok_or_else(|| {
                format!("--uren: '{u}' is geen MIN-MAX; schrijf bijvoorbeeld 16-24")
            })?
        }
        None => (current.uren_per_week.min, current.uren_per_week.max),
    };
    let mut fields = vec![
        ("ingangsdatum", Field::Date(datum)),
        ("reden", Field::Text(reden.trim().to_string())),
        ("onderbouwing", Field::Text(onderbouwing.trim().to_string())),
        ("functies", list(functies)),
    ];
    if !current.sectoren.is_empty() {
        fields.push(("sectoren", list(current.sectoren.clone())));
    }
    fields.push((
        "regio",
        Field::Text(args.regio.clone().unwrap_or_else(|| current.regio.clone())),
    ));
    if let Some(km) = args.reisafstand.or(current.reisafstand_km) {
        fields.push(("reisafstand_km", Field::Int(i64::from(km))));
    }
    if let Some(min) = current.reistijd_minuten {
        fields.push(("reistijd_minuten", Field::Int(i64::from(min))));
    }
    fields.push((
        "uren_per_week",
        Field::Map(vec![
            ("min", Field::Number(min)),
            ("max", Field::Number(max)),
        ]),
    ));
    fields.push((
        "niveau",
        Field::Text(
            args.niveau
                .clone()
                .unwrap_or_else(|| current.niveau.clone()),
        ),
    ));
    Ok(fields)
}

/// The file beside a journal that keeps its previous version.
pub fn previous_of(path: &Path) -> PathBuf {
    crate::store::previous_of(path)
}

pub fn run(args: &ToevoegenArgs) -> Outcome {
    let (after, message) = add(args)?;
    println!("{}: {message}", args.file.display());
    println!("{}: {}", args.file.display(), after.verdict(false));
    Ok(Status::Ok)
}

/// Adds the entry `args` describe (asking for what is missing on a
/// terminal, unless `niet_vragen`): the work of `toevoegen`, shared with the
/// werkplek's forms. The questions are asked first, with the journal
/// unlocked; the entry is then added to the journal as it is at that moment
/// (see `crate::store`). Returns the journal as written and what was done
/// ("activiteit van 3 maart 2026 toegevoegd aan activiteiten").
pub fn add(args: &ToevoegenArgs) -> Result<(journal::Loaded, String), RunError> {
    let today = chrono::Local::now().date_naive();
    let peildatum = args.peildatum.unwrap_or(today);
    let path = &args.file;
    let (_, journal) = super::load_for_edit(path, peildatum, REFUSED)?;
    let (key, what) = list_of(args.onderdeel);
    let (datum, fields) = gather(args, &journal, today, peildatum).map_err(RunError::Usage)?;

    let after = write_entry(path, key, datum, &fields, what, peildatum)?;
    let key = if key == "zoekprofielwijzigingen" {
        "grondslag.zoekprofielwijzigingen"
    } else {
        key
    };
    Ok((
        after,
        format!("{what} van {} toegevoegd aan {key}", long(datum)),
    ))
}

/// The fields the form of `onderdeel` holds: what an edit by that form
/// may set or empty. Any other field of the entry stays as it is.
fn form_fields(onderdeel: Onderdeel) -> &'static [&'static str] {
    match onderdeel {
        Onderdeel::Activiteit => &["datum", "soort", "omschrijving", "duur_minuten"],
        Onderdeel::Sollicitatie => &[
            "datum",
            "werkgever",
            "functie",
            "kanaal",
            "status",
            "resultaat",
        ],
        Onderdeel::Contact => &["datum", "vorm", "met", "onderwerp", "uitkomst"],
        Onderdeel::Maatregel => &["datum", "soort", "omschrijving"],
        Onderdeel::Zoekprofiel => &[],
    }
}

/// Whether the journal's `node` already holds `value`.
fn holds(node: &journal::yaml::Node, value: &Field) -> bool {
    use journal::yaml::Value;
    match (&node.value, value) {
        (Value::Str(s), Field::Text(t)) => s.trim_end() == t.trim_end(),
        (Value::Str(s), Field::Word(w)) => s == w,
        (Value::Str(s), Field::Date(d)) => *s == d.format("%Y-%m-%d").to_string(),
        (Value::Int(n), Field::Int(m)) => n == m,
        _ => false,
    }
}

/// Replaces entry `index` (from 0) of the list `args.onderdeel` names with
/// the entry `args` describe, in one checked write. The entry is edited in
/// place: only the fields the form holds and that changed are written, so
/// the coach's comments inside it and fields no form knows (a
/// `passend_omdat`, a `status_datum`) stay; a new date moves the entry,
/// lines and all, to its place by date. Only from the version `expect` of
/// the journal, so a journal changed in between never has the wrong entry
/// replaced. The werkplek's "Bewerken".
pub fn replace(
    args: &ToevoegenArgs,
    index: usize,
    expect: &str,
) -> Result<(journal::Loaded, String), RunError> {
    let today = chrono::Local::now().date_naive();
    let peildatum = args.peildatum.unwrap_or(today);
    let path = &args.file;
    let refused = "niets gewijzigd: los eerst de fouten in het dossier op";
    let (_, journal) = super::load_for_edit(path, peildatum, refused)?;
    let (key, what) = list_of(args.onderdeel);
    if key == "zoekprofielwijzigingen" {
        return Err(RunError::Refused(
            "niets gewijzigd: een zoekprofielversie wordt niet gewijzigd; leg een nieuwe versie vast".into(),
        ));
    }
    let (datum, fields) = gather(args, &journal, today, peildatum)
        .map_err(|e| RunError::Usage(e.replacen("niets toegevoegd", "niets gewijzigd", 1)))?;
    let unreadable = || super::unreadable(path);
    let message = format!("{what} van {} gewijzigd", long(datum));
    let after = crate::store::update(
        path,
        Some(expect),
        peildatum,
        &format!(
            "niets gewijzigd: met deze {what} zou het dossier fouten hebben; het bestand is niet veranderd"
        ),
        |loaded| {
            let mut text = loaded.source.clone().ok_or_else(unreadable)?;
            let edit_error = |e: edit::EditError| {
                RunError::Refused(format!("{}: niets gewijzigd: {e}", path.display()))
            };
            let steps = [edit::Step::Key(key), edit::Step::Index(index)];
            let tree = |text: &str| {
                journal::yaml::parse(text)
                    .map(|p| p.root)
                    .map_err(|_| unreadable())
            };
            let old = edit::node_at(loaded.tree.as_ref().ok_or_else(unreadable)?, &steps)
                .map_err(|_| {
                    RunError::Refused(format!(
                        "{}: niets gewijzigd: deze {what} staat niet (meer) in het dossier",
                        path.display()
                    ))
                })?
                .clone();
            // The fields that changed, and those the form emptied.
            let mut changes: Vec<(&str, Option<&Field>)> = fields
                .iter()
                .filter(|(k, v)| !old.get(k).is_some_and(|n| holds(n, v)))
                .map(|(k, v)| (*k, Some(v)))
                .collect();
            changes.extend(
                form_fields(args.onderdeel)
                    .iter()
                    .filter(|k| old.get(k).is_some() && !fields.iter().any(|(f, _)| f == *k))
                    .map(|k| (*k, None)),
            );
            for (k, v) in changes {
                text =
                    edit::set_value_in(&text, &tree(&text)?, &steps, k, v).map_err(edit_error)?;
            }
            // A new date: the entry goes where that date belongs.
            let was = old.get("datum").and_then(|n| match &n.value {
                journal::yaml::Value::Str(s) => NaiveDate::parse_from_str(s, "%Y-%m-%d").ok(),
                _ => None,
            });
            if was != Some(datum) {
                text =
                    edit::move_item(&text, &tree(&text)?, key, index, datum).map_err(edit_error)?;
            }
            Ok(crate::store::Edited {
                text,
                what: message.clone(),
            })
        },
    )?;
    Ok((after, message))
}

/// What an edit says when the journal already has errors.
const REFUSED: &str = "niets toegevoegd: los eerst de fouten in het dossier op";

/// Adds an entry to the list `key` of the journal at `path`, checks the
/// result and writes it (see `crate::store::update`). Returns the journal as
/// written, checked.
pub fn write_entry(
    path: &Path,
    key: &str,
    datum: NaiveDate,
    fields: &[(&'static str, Field)],
    what: &str,
    peildatum: NaiveDate,
) -> Result<journal::Loaded, RunError> {
    write_entries(path, key, &[(datum, fields.to_vec())], what, peildatum)
}

/// Adds several entries to the list `key` (each in its place), checks the
/// result once and writes it: one edit, undone at once by `ongedaan`. The
/// entries are added to the journal as it is when the lock is taken, so an
/// addition that lost a race to another writer is added to its text.
pub fn write_entries(
    path: &Path,
    key: &str,
    entries: &[Entry],
    what: &str,
    peildatum: NaiveDate,
) -> Result<journal::Loaded, RunError> {
    let unreadable = || super::unreadable(path);
    let history = match entries {
        _ if what == "import" => format!(
            "{} onderdelen uit een lijst toegevoegd aan {key}",
            entries.len()
        ),
        [(datum, _)] => format!("{what} van {} toegevoegd", long(*datum)),
        _ => format!("{} onderdelen toegevoegd aan {key}", entries.len()),
    };
    crate::store::update(
        path,
        None,
        peildatum,
        &format!(
            "niets toegevoegd: met deze {what} zou het dossier fouten hebben; het bestand is niet veranderd"
        ),
        |loaded| {
            super::refuse_on_errors(loaded, path, REFUSED)?;
            let mut text = loaded.source.clone().ok_or_else(unreadable)?;
            let mut tree = loaded.tree.clone().ok_or_else(unreadable)?;
            for (i, (datum, fields)) in entries.iter().enumerate() {
                let added = if key == "zoekprofielwijzigingen" {
                    edit::add_to_group_list(&text, &tree, "grondslag", key, *datum, fields)
                } else {
                    edit::add_to_list(&text, &tree, key, *datum, fields)
                };
                text = added.map_err(|e| {
                    RunError::Refused(format!("{}: niets toegevoegd: {e}", path.display()))
                })?;
                if i + 1 < entries.len() {
                    tree = journal::yaml::parse(&text).map_err(|_| unreadable())?.root;
                }
            }
            Ok(crate::store::Edited {
                text,
                what: history.clone(),
            })
        },
    )
}

/// `spoor2 ongedaan`: the journal as it was before spoor2's last change,
/// unless it was changed after that (see `crate::store::undo`).
pub fn undo(path: &Path) -> Outcome {
    match crate::store::undo(path)? {
        Some(what) => println!("{}: ongedaan gemaakt: {what}", path.display()),
        None => println!("{}: de laatste wijziging is teruggezet", path.display()),
    }
    Ok(Status::Ok)
}
