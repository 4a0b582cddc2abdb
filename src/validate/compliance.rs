//! Compliance warnings: what UWV looks at when it judges spoor 2 (started in
//! time, intensity, reported, the employee heard), as plain rules over the
//! journal, a peildatum and the case's norms. Each finding names its rule,
//! the dates involved and what would satisfy it.

use chrono::{Duration, NaiveDate};

use crate::dates::long;
use crate::diag::Finding;
use crate::journal::{Cadans, Journal};
use crate::norms::{GAP_TOLERANCE_DAYS, Norms, PERIOD_TOLERANCE_DAYS};
use crate::timeline::{Milestone, Wachttijd};
use crate::validate::evidence::acted_on;

/// Nominal length of a report period for a cadence, in days.
pub fn cadence_days(c: Cadans) -> i64 {
    match c {
        Cadans::Maandelijks => 31,
        Cadans::Zeswekelijks => 42,
        Cadans::Driemaandelijks => 92,
    }
}

pub fn check(
    j: &Journal,
    wachttijd: Option<&Wachttijd>,
    peildatum: NaiveDate,
    norms: &Norms,
) -> Vec<Finding> {
    let mut out = Vec::new();
    if let Some(w) = wachttijd {
        start_in_time(j, w, peildatum, &mut out);
        final_report_due(j, w, peildatum, norms, &mut out);
    }
    activity_gaps(j, peildatum, norms, &mut out);
    application_intensity(j, peildatum, norms, &mut out);
    report_coverage(j, peildatum, norms, &mut out);
    report_completeness(j, &mut out);
    norm_reasoned(j, &mut out);
    out
}

/// A norm below the standard needs a dated reason: UWV judges intensity
/// against the standard unless the file shows why less was feasible.
fn norm_reasoned(j: &Journal, out: &mut Vec<Finding>) {
    let Some(norm) = j.normen.sollicitatieactiviteiten_per_week else {
        return;
    };
    if norm >= Norms::default().applications_per_week {
        return;
    }
    let reasoned = j
        .normen
        .onderbouwing
        .as_deref()
        .is_some_and(|t| !t.trim().is_empty());
    if !reasoned || j.normen.sinds.is_none() {
        out.push(
            Finding::warning(
                if reasoned { "normen.sinds" } else { "normen.onderbouwing" },
                format!(
                    "de sollicitatienorm is verlaagd naar {} per week, {}",
                    fmt_norm(norm),
                    if reasoned {
                        "maar zonder de datum waarop dat is besloten"
                    } else {
                        "zonder onderbouwing"
                    }
                ),
            )
            .rule("intensiteit")
            .hint("leg onder normen vast waarom minder haalbaar is (onderbouwing, met de bron: belastbaarheid, arbeidsdeskundig advies) en sinds wanneer (sinds); het WIA-dossier toont het bij de intensiteit"),
        );
    }
}

fn fmt_rate(x: f64) -> String {
    crate::dates::decimal(x, 1)
}

fn fmt_norm(x: f64) -> String {
    let s = format!("{x:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    s.replace('.', ",")
}

fn start_in_time(j: &Journal, w: &Wachttijd, peildatum: NaiveDate, out: &mut Vec<Finding>) {
    let deadline = w.milestone(Milestone::StartSpoor2);
    let start = j.traject.startdatum;
    if start > deadline && start <= peildatum {
        let week = w.week_of(start).unwrap_or(0);
        out.push(
            Finding::warning(
                "traject.startdatum",
                format!(
                    "spoor 2 startte op {} (week {week}), na de uiterste start 58 weken na de eerste arbeidsongeschiktheidsdag ({})",
                    long(start),
                    long(deadline)
                ),
            )
            .rule("start-spoor2")
            .hint("leg in de rapportages vast waarom spoor 2 later startte; UWV beoordeelt of de re-integratie tijdig is ingezet"),
        );
    } else if start > peildatum && peildatum > deadline {
        out.push(
            Finding::warning(
                "traject.startdatum",
                format!(
                    "spoor 2 is op de peildatum ({}) nog niet gestart, terwijl het uiterlijk 58 weken na de eerste arbeidsongeschiktheidsdag ({}) had moeten starten",
                    long(peildatum),
                    long(deadline)
                ),
            )
            .rule("start-spoor2")
            .hint("start spoor 2 zo snel mogelijk en leg de reden van de vertraging vast"),
        );
    }
}

fn final_report_due(
    j: &Journal,
    w: &Wachttijd,
    peildatum: NaiveDate,
    norms: &Norms,
    out: &mut Vec<Finding>,
) {
    if j.eindrapportage.is_some() {
        return;
    }
    let riv = w.milestone(Milestone::RivCompleet);
    let week = w.milestone_week(Milestone::RivCompleet);
    let warn_from = riv - Duration::weeks(norms.final_report_weeks_before_riv);
    if peildatum > riv {
        out.push(
            Finding::warning(
                "eindrapportage",
                format!(
                    "het re-integratieverslag moest op {} (na {week} weken) compleet zijn, maar er is nog geen eindrapportage",
                    long(riv)
                ),
            )
            .rule("eindrapportage")
            .hint("stel de eindrapportage op en voeg haar toe aan het re-integratieverslag"),
        );
    } else if peildatum >= warn_from {
        out.push(
            Finding::warning(
                "eindrapportage",
                format!(
                    "het re-integratieverslag moet uiterlijk {} (na {week} weken) compleet zijn; er is nog geen eindrapportage",
                    long(riv)
                ),
            )
            .rule("eindrapportage")
            .hint(format!(
                "stel de eindrapportage op vóór {}",
                long(riv)
            )),
        );
    } else if let Some(end) = j.traject.einddatum
        && end <= peildatum
    {
        out.push(
            Finding::warning(
                "eindrapportage",
                format!(
                    "het traject eindigde op {}, maar er is geen eindrapportage",
                    long(end)
                ),
            )
            .rule("eindrapportage")
            .hint("stel de eindrapportage op: UWV wil het resultaat van het hele traject zien"),
        );
    }
}

/// The last day whose work the checks can expect to be recorded.
fn horizon(j: &Journal, peildatum: NaiveDate) -> NaiveDate {
    match j.traject.einddatum {
        Some(end) => end.min(peildatum),
        None => peildatum,
    }
}

fn activity_gaps(j: &Journal, peildatum: NaiveDate, norms: &Norms, out: &mut Vec<Finding>) {
    let start = j.traject.startdatum;
    let end = horizon(j, peildatum);
    if end <= start {
        return;
    }
    // Every dated entry, with its path; a quiet stretch (by the one
    // definition in `snapshot::counts`) is reported at the entry that ends
    // it (or at the list, when it runs to the horizon).
    let dated: Vec<(NaiveDate, String)> = j
        .activiteiten
        .iter()
        .enumerate()
        .map(|(i, a)| (a.datum, format!("activiteiten[{}].datum", i + 1)))
        .chain(
            j.sollicitaties
                .iter()
                .enumerate()
                .map(|(i, s)| (s.datum, format!("sollicitaties[{}].datum", i + 1))),
        )
        .filter(|(d, _)| *d >= start && *d <= end)
        .collect();
    let ended_by = |to: NaiveDate| {
        dated
            .iter()
            .filter(|(d, _)| *d == to + Duration::days(1))
            .map(|(_, path)| path)
            .min()
            .cloned()
            .unwrap_or_else(|| "activiteiten".to_string())
    };
    let max = norms.max_days_without_activity;
    let dates = dated.iter().map(|(d, _)| *d).collect();
    for gap in crate::snapshot::counts::quiet_stretches(dates, start, end) {
        let (from, to, days) = (gap.from, gap.to, gap.days);
        if days > max {
            let finding = Finding::warning(
                ended_by(to),
                format!(
                    "van {} tot en met {} ({days} dagen) is geen activiteit of sollicitatie vastgelegd; de norm is hooguit {max} dagen",
                    long(from),
                    long(to)
                ),
            )
            .rule("stilstand")
            .hint("leg vast wat er in die periode gebeurde, of beschrijf in de rapportage waarom het traject stil lag en wat eraan gedaan is");
            out.push(acted_on(j, from, to, peildatum, norms, finding));
        }
    }
}

/// The longest run without a sollicitatie that the norm tolerates: the
/// time in which three applications activities are expected, and at least
/// six weeks (a search in a small market has quiet weeks).
pub fn longest_without_application_days(norm: f64) -> i64 {
    let weeks = (3.0 / norm - 1e-9).ceil() as i64;
    weeks.max(6) * 7
}

fn application_intensity(j: &Journal, peildatum: NaiveDate, norms: &Norms, out: &mut Vec<Finding>) {
    let norm = norms.applications_per_week;
    if norm <= 0.0 {
        return;
    }
    let start = j.traject.startdatum;
    let end = horizon(j, peildatum);
    // A rolling window too: an average over the trajectory or a quarter
    // can hide months without a single application.
    if end > start {
        let longest = crate::snapshot::counts(j, start, end).without_application;
        let limit = longest_without_application_days(norm);
        if let Some(g) = longest.filter(|g| g.days > limit) {
            let finding = Finding::warning(
                "sollicitaties",
                format!(
                    "van {} tot en met {} ({}) is geen sollicitatie vastgelegd; bij de norm van {} per week is dat langer dan {} weken",
                    long(g.from),
                    long(g.to),
                    crate::dates::duration(g.days),
                    fmt_norm(norm),
                    limit / 7
                ),
            )
            .rule("intensiteit")
            .hint("leg de sollicitaties uit die periode vast, of beschrijf in de rapportage waarom er niet gesolliciteerd kon worden en welke maatregel volgde");
            out.push(acted_on(j, g.from, g.to, peildatum, norms, finding));
        }
    }
    let mut check_span = |path: String, what: String, from: NaiveDate, to: NaiveDate| {
        let days = (to - from).num_days() + 1;
        if days < 7 {
            return;
        }
        let weeks = days as f64 / 7.0;
        let count = crate::snapshot::counts(j, from, to).application_activities();
        // The norm over whole weeks: 4.1 weeks at one a week asks for 4.
        let expected = crate::snapshot::counts::expected(norm, days);
        if count < expected {
            let finding = Finding::warning(
                path,
                format!(
                    "{what} ({} t/m {}, {} weken) {count} {}; bij de norm van {} per week zijn dat er minstens {expected}",
                    long(from),
                    long(to),
                    fmt_rate(weeks),
                    if count == 1 {
                        "sollicitatieactiviteit"
                    } else {
                        "sollicitatieactiviteiten"
                    },
                    fmt_norm(norm)
                ),
            )
            .rule("intensiteit")
            .hint("verhoog de zoekactiviteit, of leg in de rapportage uit waarom minder haalbaar is en stel de norm voor dit dossier bij in normen.sollicitatieactiviteiten_per_week");
            out.push(acted_on(j, from, to, peildatum, norms, finding));
        }
    };
    if end > start {
        check_span(
            "traject".into(),
            "in het traject tot nu toe".into(),
            start,
            end,
        );
    }
    for (i, r) in j.voortgangsrapportages.iter().enumerate() {
        let from = r.periode.van.max(start);
        if r.periode.tot >= from {
            check_span(
                format!("voortgangsrapportages[{}].periode", i + 1),
                format!("in de periode van rapportage {}", i + 1),
                from,
                r.periode.tot,
            );
        }
    }
}

fn report_coverage(j: &Journal, peildatum: NaiveDate, norms: &Norms, out: &mut Vec<Finding>) {
    let cadence = cadence_days(j.traject.rapportage);
    let label = j.traject.rapportage.label();
    let mut reports: Vec<(usize, &crate::journal::Voortgangsrapportage)> =
        j.voortgangsrapportages.iter().enumerate().collect();
    reports.sort_by_key(|(_, r)| r.periode.van);

    for (i, r) in &reports {
        let len = (r.periode.tot - r.periode.van).num_days() + 1;
        if len > cadence + PERIOD_TOLERANCE_DAYS {
            out.push(
                Finding::warning(
                    format!("voortgangsrapportages[{}].periode", i + 1),
                    format!(
                        "de periode van {} t/m {} duurt {len} dagen; bij {label} rapporteren hoort een periode van ongeveer {cadence} dagen",
                        long(r.periode.van),
                        long(r.periode.tot)
                    ),
                )
                .rule("rapportage")
                .hint("splits de periode in rapportages volgens de cadans, of pas traject.rapportage aan"),
            );
        }
    }

    // Uncovered stretches between the start of spoor 2 and the last report.
    let mut covered_until = j.traject.startdatum - Duration::days(1);
    for (i, r) in &reports {
        let gap = (r.periode.van - covered_until).num_days() - 1;
        if gap > GAP_TOLERANCE_DAYS {
            out.push(
                Finding::warning(
                    format!("voortgangsrapportages[{}].periode.van", i + 1),
                    format!(
                        "over {} t/m {} is geen voortgangsrapportage",
                        long(covered_until + Duration::days(1)),
                        long(r.periode.van - Duration::days(1))
                    ),
                )
                .rule("rapportage")
                .hint("laat de periodes op elkaar aansluiten, of voeg een rapportage over deze dagen toe"),
            );
        }
        covered_until = covered_until.max(r.periode.tot);
    }

    let Some(next) = next_report(j, norms) else {
        return;
    };
    let until = horizon(j, peildatum);
    if peildatum > next.due && until > next.after {
        let path = if reports.is_empty() {
            "voortgangsrapportages".to_string()
        } else {
            format!("voortgangsrapportages[{}]", reports.len())
        };
        out.push(
            Finding::warning(
                path,
                format!(
                    "de voortgangsrapportage over de periode na {} ontbreekt; bij {label} rapporteren was zij uiterlijk {} verwacht",
                    long(next.after),
                    long(next.due)
                ),
            )
            .rule("rapportage")
            .hint("stel de voortgangsrapportage op en laat haar door de werknemer zien"),
        );
    }
}

/// The voortgangsrapportage a case expects next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NextReport {
    /// The last day covered by a report so far (or the day before the start).
    pub after: NaiveDate,
    /// The last day of the next period, in calendar terms (or the end of the
    /// trajectory, if earlier).
    pub period_end: NaiveDate,
    /// The day by which the report should exist.
    pub due: NaiveDate,
}

/// The next voortgangsrapportage: the calendar period after the last
/// covered day (see `periods`), due after the grace days. `None` once there is an eindrapportage, which
/// closes the series.
pub fn next_report(j: &Journal, norms: &Norms) -> Option<NextReport> {
    if j.eindrapportage.is_some() {
        return None;
    }
    let after = j
        .voortgangsrapportages
        .iter()
        .map(|r| r.periode.tot)
        .max()
        .unwrap_or(j.traject.startdatum - Duration::days(1))
        .max(j.traject.startdatum - Duration::days(1));
    let by_cadence = crate::periods::next_end(j, after);
    let period_end = match j.traject.einddatum {
        Some(end) => by_cadence.min(end),
        None => by_cadence,
    };
    Some(NextReport {
        after,
        period_end,
        due: period_end + Duration::days(norms.report_grace_days),
    })
}

fn report_completeness(j: &Journal, out: &mut Vec<Finding>) {
    for (i, r) in j.voortgangsrapportages.iter().enumerate() {
        view_and_seen(
            &format!("voortgangsrapportages[{}]", i + 1),
            "rapportage",
            r.visie_werknemer.as_deref(),
            r.gezien_door_werknemer,
            out,
        );
    }
    if let Some(e) = &j.eindrapportage {
        view_and_seen(
            "eindrapportage",
            "eindrapportage",
            e.visie_werknemer.as_deref(),
            e.gezien_door_werknemer,
            out,
        );
    }
}

/// The RIV asks for the employee's own view and that the employee saw the
/// report; both are checked the same way for every report.
fn view_and_seen(
    path: &str,
    report: &str,
    visie: Option<&str>,
    gezien: Option<NaiveDate>,
    out: &mut Vec<Finding>,
) {
    if visie.is_none_or(|v| v.trim().is_empty()) {
        out.push(
            Finding::warning(format!("{path}.visie_werknemer"), "de visie van de werknemer ontbreekt")
                .rule("visie-werknemer")
                .hint("het re-integratieverslag vraagt het oordeel van de werknemer; noteer zijn of haar visie in eigen woorden"),
        );
    }
    if gezien.is_none() {
        out.push(
            Finding::warning(
                format!("{path}.gezien_door_werknemer"),
                format!("niet vastgelegd dat de werknemer de {report} heeft gezien"),
            )
            .rule("gezien")
            .hint(format!(
                "laat de werknemer de {report} lezen en vul de datum in bij gezien_door_werknemer"
            )),
        );
    }
}
