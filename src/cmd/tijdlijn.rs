//! `spoor2 tijdlijn`: the Poortwachter timeline of one case as a table.

use chrono::NaiveDate;

use super::{Outcome, RunError};
use crate::Status;
use crate::cli::TijdlijnArgs;
use crate::dates::long;
use crate::journal::{self, Journal};
use crate::timeline::{Milestone, Wachttijd, stand};
use crate::validate;

pub fn run(args: &TijdlijnArgs) -> Outcome {
    let peildatum = super::peildatum(args.peildatum);
    let loaded = journal::load(&args.file)?;
    let Some(journal) = &loaded.journal else {
        for finding in loaded.findings.iter().filter(|f| f.is_error()) {
            eprintln!("{}", finding.display(&args.file));
        }
        return Err(RunError::Refused(format!(
            "{}: de tijdlijn kan niet worden berekend: los eerst de fouten op",
            args.file.display()
        )));
    };
    let Some(wachttijd) = validate::wachttijd(journal) else {
        return Err(RunError::Refused(format!(
            "{}: geen ziekteperiodes",
            args.file.display()
        )));
    };
    print!("{}", table(journal, &wachttijd, peildatum));
    Ok(Status::Ok)
}

pub fn table(j: &Journal, w: &Wachttijd, peildatum: NaiveDate) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "Tijdlijn van dossier {} ({}), peildatum {}\n",
        j.dossier,
        j.werknemer.naam,
        long(peildatum)
    ));
    let week_now = w
        .week_of(peildatum)
        .map(|wk| format!("week {wk} op de peildatum"))
        .unwrap_or_else(|| "vóór de eerste ziektedag".into());
    out.push_str(&format!(
        "Eerste arbeidsongeschiktheidsdag: {} ({week_now})\n",
        long(w.eaod())
    ));
    let fit = w.fit_days();
    if fit > 0 {
        out.push_str(&format!(
            "Samengestelde ziekteperiode: {fit} hersteldagen tussen ziekteperiodes tellen niet mee\n"
        ));
    }
    if let Some(v) = &j.verlenging {
        out.push_str(&format!(
            "Vrijwillige verlenging: de WIA kan ingaan op {}\n",
            long(v.eerste_wia_dag)
        ));
    }
    out.push('\n');

    let rows: Vec<[String; 4]> = Milestone::ALL
        .iter()
        .map(|&m| {
            let date = w.milestone(m);
            // Practice names a deadline by the weeks before it: "na 58
            // weken" is day 406, the first day of week 59.
            let label = match m {
                Milestone::EindeWachttijd | Milestone::EersteWiaDag => m.label().to_string(),
                _ => format!("{} (na {} weken)", m.label(), w.milestone_week(m)),
            };
            [
                label,
                // The week the date falls in (week 1 starts on the EAOD),
                // the numbering of every other week the program shows.
                w.week_of(date).map_or(String::new(), |n| n.to_string()),
                long(date),
                stand(date, peildatum),
            ]
        })
        .collect();
    let header = [
        "Mijlpaal".to_string(),
        "Week".to_string(),
        "Datum".to_string(),
        "Stand".to_string(),
    ];
    let widths: Vec<usize> = (0..4)
        .map(|c| {
            rows.iter()
                .chain(std::iter::once(&header))
                .map(|r| r[c].chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    for row in std::iter::once(&header).chain(rows.iter()) {
        let line = format!(
            "{:<w0$}  {:>w1$}  {:<w2$}  {}",
            row[0],
            row[1],
            row[2],
            row[3],
            w0 = widths[0],
            w1 = widths[1],
            w2 = widths[2],
        );
        out.push_str(line.trim_end());
        out.push('\n');
    }

    out.push('\n');
    let start = j.traject.startdatum;
    let deadline = w.milestone(Milestone::StartSpoor2);
    let start_week = w.week_of(start).unwrap_or(0);
    let verdict = if start <= deadline {
        "op tijd"
    } else {
        "te laat"
    };
    out.push_str(&format!(
        "Spoor 2 gestart: {} (week {start_week}, {verdict})\n",
        long(start)
    ));
    match &j.eindrapportage {
        Some(e) => out.push_str(&format!("Eindrapportage: {}\n", long(e.datum))),
        None => out.push_str("Eindrapportage: nog niet opgesteld\n"),
    }
    out
}
