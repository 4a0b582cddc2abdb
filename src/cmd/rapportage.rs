//! `spoor2 rapportage`: the next voortgangsrapportage, the way `git commit`
//! asks for a message. The period follows from the cadence, the date and
//! the author from the journal; the narrative is written in `$EDITOR` (or
//! `$VISUAL`) in a text with the period's activities and applications as
//! comments to write from, or asked for on a terminal. An empty required
//! section stops it, with nothing written. The report is added like any
//! entry (`toevoegen::write_entry`) and, with `--maak`, rendered at once.

use std::io::IsTerminal;
use std::path::Path;

use chrono::{Datelike, Duration, NaiveDate};

use super::ask::Asker;
use super::{Outcome, RunError};
use crate::Status;
use crate::cli::{OutputFormat, RapportageArgs, RenderArgs};
use crate::dates::{long, parse_date, short};
use crate::edit::Field;
use crate::journal::Journal;
use crate::norms::Norms;
use crate::render::Only;

/// The narrative sections: key in the journal, heading in the text, and
/// whether it may stay empty.
const SECTIONS: [(&str, &str, bool); 5] = [
    ("voortgang", "Voortgang", false),
    ("belemmeringen", "Belemmeringen", true),
    ("inzet_werknemer", "Inzet van de werknemer", false),
    ("afspraken", "Afspraken en vervolgstappen", false),
    ("visie_werknemer", "Visie van de werknemer", true),
];

/// The text the coach edits: instructions and the period's entries as
/// comments, then a heading per section.
pub fn editor_text(j: &Journal, number: usize, van: NaiveDate, tot: NaiveDate) -> String {
    let mut out = format!(
        "# Voortgangsrapportage {number} over {} t/m {}.\n\
         # Schrijf onder elk kopje. Regels die met # beginnen, worden weggelaten.\n\
         # Een leeg kopje bij voortgang, inzet of afspraken breekt af: dan wordt er niets toegevoegd.\n\
         # Regels die met '- ' beginnen, worden een opsomming. Schrijf functioneren, niets medisch.\n#\n",
        long(van),
        long(tot)
    );
    let (activities, applications) = in_period(j, van, tot);
    out.push_str("# Activiteiten in deze periode:\n");
    if activities.is_empty() {
        out.push_str("#   (geen)\n");
    }
    for a in activities {
        out.push_str(&format!(
            "#   {} {}: {}\n",
            short(a.datum),
            a.soort.label(),
            a.omschrijving.trim().replace('\n', " ")
        ));
    }
    out.push_str("# Sollicitaties in deze periode:\n");
    if applications.is_empty() {
        out.push_str("#   (geen)\n");
    }
    for s in applications {
        out.push_str(&format!(
            "#   {} {}, {} ({})\n",
            short(s.datum),
            s.werkgever.trim(),
            s.functie.trim(),
            s.status.label().to_lowercase()
        ));
    }
    for (_, heading, _) in SECTIONS {
        out.push_str(&format!("\n== {heading} ==\n\n"));
    }
    out
}

/// The activities and applications dated from `van` to `tot`, each in
/// date order: what a report over that period is written from.
pub fn in_period(
    j: &Journal,
    van: NaiveDate,
    tot: NaiveDate,
) -> (
    Vec<&crate::journal::Activiteit>,
    Vec<&crate::journal::Sollicitatie>,
) {
    let inside = |d: NaiveDate| van <= d && d <= tot;
    let mut activities: Vec<_> = j.activiteiten.iter().filter(|a| inside(a.datum)).collect();
    activities.sort_by_key(|a| a.datum);
    let mut applications: Vec<_> = j.sollicitaties.iter().filter(|s| inside(s.datum)).collect();
    applications.sort_by_key(|s| s.datum);
    (activities, applications)
}

/// Why no voortgangsrapportage can be added.
pub const NO_MORE_REPORTS: &str =
    "het dossier heeft een eindrapportage; daarna volgt geen voortgangsrapportage meer";

/// The first and last day of the next voortgangsrapportage, by the
/// cadence; `None` once the journal has its eindrapportage.
pub fn next_period(j: &Journal) -> Option<(NaiveDate, NaiveDate)> {
    crate::validate::compliance::next_report(j, &Norms::for_journal(j))
        .map(|next| (next.after + Duration::days(1), next.period_end))
}

/// The sections of an edited text, by key; comments dropped, text trimmed.
pub fn parse_sections(text: &str) -> Vec<(&'static str, String)> {
    let mut out: Vec<(&'static str, String)> = Vec::new();
    let mut current: Option<usize> = None;
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with('#') {
            continue;
        }
        if let Some(title) = trimmed
            .strip_prefix("==")
            .and_then(|t| t.strip_suffix("=="))
        {
            current = SECTIONS
                .iter()
                .position(|(_, h, _)| h.eq_ignore_ascii_case(title.trim()));
            if let Some(i) = current {
                out.push((SECTIONS[i].0, String::new()));
            }
            continue;
        }
        if let (Some(_), Some(last)) = (current, out.last_mut()) {
            last.1.push_str(line.trim_end());
            last.1.push('\n');
        }
    }
    for (_, text) in &mut out {
        *text = text.trim().to_string();
    }
    out
}

/// The narrative from `$VISUAL`/`$EDITOR`, or asked on a terminal.
fn narrative(
    j: &Journal,
    number: usize,
    van: NaiveDate,
    tot: NaiveDate,
) -> Result<Vec<(&'static str, String)>, RunError> {
    let editor = std::env::var("VISUAL")
        .ok()
        .or_else(|| std::env::var("EDITOR").ok())
        .filter(|e| !e.trim().is_empty());
    let Some(editor) = editor else {
        if !std::io::stdin().is_terminal() {
            return Err(RunError::Usage(
                "geen editor om de rapportage in te schrijven: zet $EDITOR, of start spoor2 rapportage op een terminal".into(),
            ));
        }
        let mut ask = Asker::new(true, std::io::stdin().lock());
        let mut out = Vec::new();
        for (key, heading, optional) in SECTIONS {
            let answer = if optional {
                ask.text(&format!("{heading} (leeg laten mag: typ -)"), None, key)
                    .map(|a| if a == "-" { String::new() } else { a })
            } else {
                ask.text(heading, None, key)
            }
            .map_err(RunError::Usage)?;
            out.push((key, answer));
        }
        return Ok(out);
    };
    let file = tempfile::Builder::new()
        .prefix("spoor2-rapportage-")
        .suffix(".txt")
        .tempfile()
        .map_err(|source| RunError::Write {
            path: std::env::temp_dir(),
            what: "de tekst voor de editor",
            source,
        })?;
    std::fs::write(file.path(), editor_text(j, number, van, tot)).map_err(|source| {
        RunError::Write {
            path: file.path().to_path_buf(),
            what: "de tekst voor de editor",
            source,
        }
    })?;
    // Through the shell, like git: `$EDITOR` may carry options ("code --wait").
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("spoor2")
        .arg(file.path())
        .status();
    match status {
        Ok(s) if s.success() => {}
        _ => {
            return Err(RunError::Refused(format!(
                "de editor ({editor}) stopte met een fout; er is niets toegevoegd"
            )));
        }
    }
    let text = std::fs::read_to_string(file.path()).unwrap_or_default();
    Ok(parse_sections(&text))
}

pub fn run(args: &RapportageArgs) -> Outcome {
    let today = chrono::Local::now().date_naive();
    let peildatum = args.peildatum.unwrap_or(today);
    let path = &args.file;
    let (_, journal) = super::load_for_edit(
        path,
        peildatum,
        "geen rapportage begonnen: los eerst de fouten in het dossier op",
    )?;
    let journal = &journal;
    let (van, tot) = next_period(journal)
        .ok_or_else(|| RunError::Refused(format!("{}: {NO_MORE_REPORTS}", path.display())))?;
    let datum = match &args.datum {
        Some(d) => parse_date(d, today).map_err(|e| RunError::Usage(format!("--datum: {e}")))?,
        None => peildatum,
    };
    // Before the coach writes a word.
    refuse_future(datum, peildatum)?;
    let number = journal.voortgangsrapportages.len() + 1;
    let texts = narrative(journal, number, van, tot)?;
    add_report(path, journal, (van, tot), datum, &texts, peildatum)?;
    println!(
        "{}: voortgangsrapportage {number} over {} t/m {} toegevoegd",
        path.display(),
        long(van),
        long(tot)
    );
    match &args.maak {
        Some(output) => render_it(path, output, tot, peildatum),
        None => Ok(Status::Ok),
    }
}

/// Refuses a report dated after the peildatum: it is dated the day it is
/// written.
fn refuse_future(datum: NaiveDate, peildatum: NaiveDate) -> Result<(), RunError> {
    match crate::validate::future::refusal(datum, peildatum) {
        Some(why) => Err(RunError::Usage(format!(
            "de rapportage is niet toegevoegd: {why}; een rapportage wordt gedateerd op de dag dat ze is opgesteld"
        ))),
        None => Ok(()),
    }
}

/// Adds the next voortgangsrapportage over `period` (see `next_period`),
/// dated `datum`, with the narrative `texts` (by section key): the work of
/// `rapportage`, shared with the werkplek. Refused, with nothing written,
/// when it is dated after `peildatum` or a required section is empty.
pub fn add_report(
    path: &Path,
    journal: &Journal,
    (van, tot): (NaiveDate, NaiveDate),
    datum: NaiveDate,
    texts: &[(&str, String)],
    peildatum: NaiveDate,
) -> Result<crate::journal::Loaded, RunError> {
    refuse_future(datum, peildatum)?;
    let number = journal.voortgangsrapportages.len() + 1;
    let text_of = |key: &str| {
        texts
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, t)| t.trim().to_string())
            .unwrap_or_default()
    };
    for (key, heading, optional) in SECTIONS {
        if !optional && text_of(key).is_empty() {
            return Err(RunError::Refused(format!(
                "{}: de rapportage is niet toegevoegd: '{heading}' is leeg",
                path.display()
            )));
        }
    }
    let coach = &journal.bureau.coach;
    let mut fields: Vec<(&'static str, Field)> = vec![
        (
            "periode",
            Field::Map(vec![("van", Field::Date(van)), ("tot", Field::Date(tot))]),
        ),
        ("datum", Field::Date(datum)),
        (
            "auteur",
            Field::Map(vec![
                ("naam", Field::Text(coach.naam.trim().to_string())),
                ("functie", Field::Text(coach.functie.trim().to_string())),
            ]),
        ),
    ];
    for (key, _, _) in SECTIONS {
        let text = text_of(key);
        if !text.is_empty() {
            fields.push((key, Field::Text(text)));
        }
    }
    let what = format!("voortgangsrapportage {number}");
    super::toevoegen::write_entry(
        path,
        "voortgangsrapportages",
        datum,
        &fields,
        &what,
        peildatum,
    )
}

/// The narrative sections of the eindrapportage, as `SECTIONS`.
pub const END_SECTIONS: [(&str, &str, bool); 4] = [
    ("samenvatting", "Samenvatting", false),
    ("conclusie", "Conclusie", false),
    ("advies", "Advies", false),
    ("visie_werknemer", "Visie van de werknemer", true),
];

/// A written report: voortgangsrapportage `n` (from 0) or the
/// eindrapportage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    Voortgang(usize),
    Eind,
}

impl Written {
    /// Its narrative sections: key, heading, whether it may stay empty.
    pub fn sections(self) -> &'static [(&'static str, &'static str, bool)] {
        match self {
            Written::Voortgang(_) => &SECTIONS,
            Written::Eind => &END_SECTIONS,
        }
    }

    /// "voortgangsrapportage 2", "de eindrapportage".
    pub fn name(self) -> String {
        match self {
            Written::Voortgang(i) => format!("voortgangsrapportage {}", i + 1),
            Written::Eind => "eindrapportage".into(),
        }
    }
}

/// Sets the narrative of a written report to `texts` (by section key; an
/// optional section left empty is removed), in place: the other fields,
/// the comments and the layout stay. Checked before it is written, like
/// every edit, and undone by `ongedaan`. With `expect`, the version of the
/// journal the texts were written on, a journal changed since is not
/// written over: [`RunError::Conflict`].
pub fn set_narrative(
    path: &Path,
    expect: Option<&str>,
    which: Written,
    texts: &[(&str, String)],
    peildatum: NaiveDate,
) -> Result<crate::journal::Loaded, RunError> {
    let unreadable = || super::unreadable(path);
    let name = which.name();
    let (group, index) = match which {
        Written::Voortgang(i) => ("voortgangsrapportages", Some(i)),
        Written::Eind => ("eindrapportage", None),
    };
    for &(key, heading, optional) in which.sections() {
        if let Some((_, value)) = texts.iter().find(|(k, _)| *k == key)
            && value.trim().is_empty()
            && !optional
        {
            return Err(RunError::Refused(format!(
                "{}: {name} is niet gewijzigd: '{heading}' is leeg",
                path.display()
            )));
        }
    }
    crate::store::update(
        path,
        expect,
        peildatum,
        &format!(
            "{name} is niet gewijzigd: zo zou het dossier fouten hebben; het bestand is niet veranderd"
        ),
        |loaded| {
            let mut text = loaded.source.clone().ok_or_else(unreadable)?;
            for &(key, _, _) in which.sections() {
                let Some((_, value)) = texts.iter().find(|(k, _)| *k == key) else {
                    continue;
                };
                let value = value.trim();
                let tree = crate::journal::yaml::parse(&text)
                    .map_err(|_| unreadable())?
                    .root;
                text = crate::edit::set_field(
                    &text,
                    &tree,
                    group,
                    index,
                    key,
                    (!value.is_empty()).then_some(value),
                )
                .map_err(|e| {
                    RunError::Refused(format!("{}: {name} is niet gewijzigd: {e}", path.display()))
                })?;
            }
            Ok(crate::store::Edited {
                text,
                what: format!("tekst van de {name} gewijzigd"),
            })
        },
    )
}

/// Renders the report just added.
fn render_it(path: &Path, output: &Path, tot: NaiveDate, peildatum: NaiveDate) -> Outcome {
    super::render::run(&RenderArgs {
        paths: vec![path.to_path_buf()],
        output: output.to_path_buf(),
        templates: None,
        bureau: None,
        emit_typst: false,
        strict: false,
        peildatum: Some(peildatum),
        force: false,
        alleen: Some(Only::Month(tot.year(), tot.month())),
        jobs: None,
        quiet: true,
        format: OutputFormat::Tekst,
        cache_age: crate::typeset::CACHE_MAX_AGE,
        timings: false,
    })
}
