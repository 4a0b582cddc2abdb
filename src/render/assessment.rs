//! The "Beoordeling spoor 2" page of the WIA dossier: the file seen through
//! the eyes of UWV's arbeidsdeskundige before UWV sees it. One row per
//! question of the Werkwijzer Poortwachter: what UWV asks, the evidence the
//! journal holds (dates, counts, profile versions, employer contacts,
//! measures) with the dossier element where each is found, and the status:
//! in order, or the open points with the rule that found them.

use chrono::NaiveDate;
use serde::Serialize;

use crate::dates::{decimal, hours, long};
use crate::diag::Finding;
use crate::journal::Journal;
use crate::norms::Norms;
use crate::render::cijfers::cijfers;
use crate::render::melding::{Melding, melding};
use crate::validate::evidence::{misfits, profile_in_force, profile_start, sent_reports};

/// Labels of the evidence the Beoordeling page cites. Each names a stretch
/// of the dossier marked `<name-begin>` ... `<name>` around the evidence
/// itself, so a reference gives the page, or the pages, where the cited
/// figure, date or row stands.
pub mod waar {
    pub const TIJDLIJN: &str = "bewijs-tijdlijn";
    pub const GRONDSLAG: &str = "bewijs-grondslag";
    pub const ZOEKPROFIEL: &str = "bewijs-zoekprofiel";
    pub const CIJFERS: &str = "bewijs-cijfers";
    pub const TRAJECTPLAN: &str = "bewijs-trajectplan";
    pub const CONTACTEN: &str = "bewijs-contacten";
    pub const VERZONDEN: &str = "bewijs-verzonden";
    pub const MAATREGELEN: &str = "bewijs-maatregelen";
    pub const OORDEEL: &str = "bewijs-oordeel";
    pub const PASSEND: &str = "bewijs-passend";
}

#[derive(Debug, Serialize)]
pub struct Vraag {
    pub nummer: usize,
    /// The question as UWV asks it.
    pub vraag: &'static str,
    /// What UWV looks for.
    pub toelichting: &'static str,
    pub bewijs: Vec<Bewijs>,
    /// The journal cannot hold this evidence (format version 1).
    pub niet_vastgelegd: bool,
    /// The warnings open on the dossier's date under this question.
    pub open: Vec<Melding>,
    /// Stagnation noticed and followed by a measure (advice): shown, so a
    /// quiet stretch is never hidden behind the status.
    pub opgevolgd: Vec<Melding>,
}

#[derive(Debug, Serialize)]
pub struct Bewijs {
    pub tekst: String,
    /// The dossier element where it is found.
    pub waar: Option<&'static str>,
}

fn bewijs(tekst: String, waar: &'static str) -> Bewijs {
    Bewijs {
        tekst,
        waar: Some(waar),
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// A question, what UWV looks for, the evidence, the rules whose warnings
/// are its open points, and whether the journal can hold the evidence.
type Row = (
    &'static str,
    &'static str,
    Vec<Bewijs>,
    &'static [&'static str],
    bool,
);

/// The rows, in the order UWV asks them.
pub fn build(j: &Journal, on: NaiveDate, findings: &[Finding]) -> Vec<Vraag> {
    let open = |rules: &[&str]| -> Vec<Melding> {
        findings
            .iter()
            .filter(|f| f.is_warning() && f.rule.is_some_and(|r| rules.contains(&r)))
            .map(melding)
            .collect()
    };
    let followed = |rules: &[&str]| -> Vec<Melding> {
        findings
            .iter()
            .filter(|f| {
                f.severity == crate::diag::Severity::Advies
                    && f.rule.is_some_and(|r| rules.contains(&r))
            })
            .map(melding)
            .collect()
    };
    let v2 = j.versie >= 2;
    let start = j.traject.startdatum;
    let until = j.traject.einddatum.map_or(on, |e| e.min(on));
    let wachttijd = crate::validate::wachttijd(j);
    let week = |d: NaiveDate| wachttijd.as_ref().and_then(|w| w.week_of(d));

    // 1. Started in time.
    let mut tijdig = vec![bewijs(
        format!(
            "Aangemeld {}, intake {}, gestart {}{}.",
            long(j.traject.aanmelddatum),
            long(j.traject.intake),
            long(start),
            week(start).map_or(String::new(), |w| format!(" (week {w})"))
        ),
        waar::TIJDLIJN,
    )];
    if let Some(w) = &wachttijd {
        tijdig.push(bewijs(
            format!(
                "Uiterste start: {} (na 58 weken).",
                long(w.milestone(crate::timeline::Milestone::StartSpoor2))
            ),
            waar::TIJDLIJN,
        ));
    }

    // 2. Intense enough: the figures of the trajectory up to its end or
    // the dossier's date, as the Verantwoording defines them.
    let c = crate::snapshot::counts(j, start, until);
    let norms = Norms::for_journal(j);
    let f = cijfers(&c, norms.applications_per_week);
    let norm = decimal(norms.applications_per_week, 2);
    let mut intensief = vec![bewijs(
        format!(
            "Van {} t/m {} ({} dagen, {} weken): {} en {}; samen met de zoekactiviteiten {} sollicitatieactiviteiten{}.",
            f.van,
            f.tot,
            f.dagen,
            f.weken,
            plural(c.activities, "activiteit", "activiteiten"),
            plural(c.applications, "sollicitatie", "sollicitaties"),
            f.sollicitatieactiviteiten,
            f.per_week
                .as_ref()
                .map_or(String::new(), |p| format!(", {p} per week")),
        ),
        waar::CIJFERS,
    )];
    let standard = Norms::default().applications_per_week;
    let lowered = norms.applications_per_week < standard;
    let onderbouwing = j
        .normen
        .onderbouwing
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty());
    intensief.push(Bewijs {
        tekst: match (lowered, onderbouwing) {
            (false, _) => format!("Norm: {norm} sollicitatieactiviteit per week (de standaard)."),
            (true, Some(o)) => format!(
                "Norm verlaagd naar {norm} per week{} (standaard {}): {o}",
                j.normen
                    .sinds
                    .map_or(String::new(), |d| format!(" per {}", long(d))),
                decimal(standard, 2),
            ),
            (true, None) => format!(
                "Norm verlaagd naar {norm} per week (standaard {}), zonder vastgelegde onderbouwing.",
                decimal(standard, 2)
            ),
        },
        waar: lowered.then_some(waar::CIJFERS),
    });
    for (without, gap) in [
        ("sollicitatie", &f.zonder_sollicitatie),
        ("enige activiteit of sollicitatie", &f.zonder_activiteit),
    ] {
        if let Some(g) = gap {
            intensief.push(bewijs(
                format!(
                    "Langste periode zonder {without}: {} ({} t/m {}).",
                    g.duur, g.van, g.tot
                ),
                waar::CIJFERS,
            ));
        }
    }
    let reports = j.voortgangsrapportages.len();
    intensief.push(Bewijs {
        tekst: format!(
            "{} ({}){}.",
            plural(reports, "voortgangsrapportage", "voortgangsrapportages"),
            j.traject.rapportage.label(),
            if j.eindrapportage.is_some() {
                " en een eindrapportage"
            } else {
                ""
            }
        ),
        waar: (reports > 0 || j.eindrapportage.is_some()).then_some(if v2 {
            waar::VERZONDEN
        } else {
            waar::TIJDLIJN
        }),
    });
    if c.minutes > 0 {
        intensief.push(bewijs(
            format!(
                "{} uur begeleiding door de coach{}.",
                f.uren,
                j.traject
                    .urenbudget
                    .map_or(String::new(), |b| format!(" (budget {} uur)", hours(b)))
            ),
            waar::CIJFERS,
        ));
    }

    // 3. Aimed at passende arbeid.
    let g = &j.grondslag;
    let mut passend = vec![bewijs(
        format!(
            "Belastbaarheid ({}, {}) en arbeidsdeskundig advies ({}).",
            g.belastbaarheid.bron.trim(),
            long(g.belastbaarheid.datum),
            long(g.arbeidsdeskundig_advies.datum)
        ),
        waar::GRONDSLAG,
    )];
    let versions = 1 + g.zoekprofielwijzigingen.len();
    let reasoned = std::iter::once(&g.zoekprofiel)
        .chain(&g.zoekprofielwijzigingen)
        .all(|z| {
            z.onderbouwing
                .as_deref()
                .is_some_and(|o| !o.trim().is_empty())
        });
    passend.push(bewijs(
        format!(
            "Zoekprofiel {}; {}{}.",
            if reasoned {
                "met onderbouwing"
            } else {
                "zonder (volledige) onderbouwing"
            },
            plural(versions, "versie", "versies"),
            if versions > 1 {
                format!(", laatste per {}", long(profile_start(j, versions - 1)))
            } else {
                String::new()
            }
        ),
        waar::ZOEKPROFIEL,
    ));
    if v2 && c.applications > 0 {
        let apps: Vec<_> = j
            .sollicitaties
            .iter()
            .filter(|s| s.datum >= start && s.datum <= until)
            .collect();
        let outside: Vec<_> = apps
            .iter()
            .filter(|s| !misfits(s, profile_in_force(j, s.datum).1).is_empty())
            .collect();
        let reasoned = outside
            .iter()
            .filter(|s| {
                s.passend_omdat
                    .as_deref()
                    .is_some_and(|t| !t.trim().is_empty())
            })
            .count();
        passend.push(bewijs(
            format!(
                "{} van de {} binnen het zoekprofiel dat op hun datum gold{}.",
                apps.len() - outside.len(),
                plural(apps.len(), "sollicitatie", "sollicitaties"),
                match (outside.len(), reasoned) {
                    (0, _) => String::new(),
                    (n, r) if n == r =>
                        format!("; {} daarbuiten, elk met de reden waarom toch passend", n),
                    (n, 0) => format!("; {n} daarbuiten, zonder toelichting"),
                    (n, r) =>
                        format!("; {n} daarbuiten, waarvan {r} met de reden waarom toch passend"),
                }
            ),
            waar::PASSEND,
        ));
    }

    // 4. The employer informed and involved.
    let mut werkgever = Vec::new();
    match &j.trajectplan {
        Some(p) => werkgever.push(bewijs(
            format!(
                "Trajectplan akkoord: werknemer {}, werkgever {}.",
                p.akkoord_werknemer.map_or("niet vastgelegd".into(), long),
                p.akkoord_werkgever.map_or("niet vastgelegd".into(), long)
            ),
            waar::TRAJECTPLAN,
        )),
        None => werkgever.push(Bewijs {
            tekst: "Geen trajectplan vastgelegd.".into(),
            waar: None,
        }),
    }
    if v2 {
        let contacts: Vec<_> = j
            .werkgevercontacten
            .iter()
            .filter(|c| c.datum <= on)
            .collect();
        let last = contacts.iter().map(|c| c.datum).max();
        werkgever.push(bewijs(
            format!(
                "{}{}.",
                plural(
                    contacts.len(),
                    "contact met de werkgever",
                    "contacten met de werkgever"
                ),
                last.map_or(String::new(), |d| format!(", het laatste op {}", long(d)))
            ),
            waar::CONTACTEN,
        ));
        let sent: Vec<_> = sent_reports(j).map(|(_, _, _, sent)| sent).collect();
        werkgever.push(bewijs(
            format!(
                "{} van de {} rapportages aan de werkgever verzonden.",
                sent.iter().filter(|s| s.is_some()).count(),
                sent.len()
            ),
            waar::VERZONDEN,
        ));
    }

    // 5. Stagnation noticed and acted on.
    let mut stagnatie = Vec::new();
    if v2 {
        let measures: Vec<_> = j.maatregelen.iter().filter(|m| m.datum <= on).collect();
        stagnatie.push(bewijs(
            if measures.is_empty() {
                let stagnated = findings
                    .iter()
                    .any(|f| matches!(f.rule, Some("stilstand" | "intensiteit")));
                if stagnated {
                    "Geen maatregelen vastgelegd.".to_string()
                } else {
                    "Geen stilstand en geen te lage intensiteit gesignaleerd; er was geen maatregel nodig en er is er ook geen vastgelegd.".to_string()
                }
            } else {
                format!(
                    "{}: {}.",
                    plural(measures.len(), "maatregel", "maatregelen"),
                    measures
                        .iter()
                        .map(|m| format!("{} ({})", m.soort.label().to_lowercase(), long(m.datum)))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            },
            waar::MAATREGELEN,
        ));
        if let Some(d) = j
            .deskundigenoordeel
            .as_ref()
            .filter(|d| d.aanvraagdatum <= on)
        {
            stagnatie.push(bewijs(
                format!(
                    "Deskundigenoordeel aangevraagd op {}: {}.",
                    long(d.aanvraagdatum),
                    match (d.uitkomst, d.datum.filter(|x| *x <= on)) {
                        (Some(u), Some(x)) => format!("{} ({})", u.label(), long(x)),
                        (Some(u), None) => u.label().to_string(),
                        (None, _) => "nog geen oordeel".into(),
                    }
                ),
                waar::OORDEEL,
            ));
        }
    }

    let rows: [Row; 5] = [
        (
            "Is spoor 2 op tijd ingezet?",
            "Uiterlijk 58 weken na de eerste ziektedag, ongeveer zes weken na de eerstejaarsevaluatie.",
            tijdig,
            &["start-spoor2"],
            true,
        ),
        (
            "Is de inzet intensief genoeg?",
            "Regelmatig activiteiten en sollicitaties, en rapportages volgens de afgesproken cadans.",
            intensief,
            &["intensiteit", "rapportage"],
            true,
        ),
        (
            "Is de inzet gericht op passende arbeid?",
            "Een zoekprofiel dat zichtbaar volgt uit de belastbaarheid en het arbeidsdeskundig advies, met gedateerde en onderbouwde wijzigingen; sollicitaties binnen dat profiel.",
            passend,
            &["zoekprofiel", "passend"],
            v2,
        ),
        (
            "Is de werkgever geïnformeerd en betrokken?",
            "Een trajectplan waarmee werknemer en werkgever akkoord gingen, regelmatig contact met de werkgever en rapportages die de werkgever kreeg.",
            werkgever,
            &["trajectplan", "werkgevercontact", "verzonden"],
            v2,
        ),
        (
            "Is stagnatie gesignaleerd en aangepakt?",
            "Als het traject stilvalt, volgt een maatregel: een ander zoekprofiel, extra coaching, scholing, een werkervaringsplaats of een deskundigenoordeel.",
            stagnatie,
            &["stilstand", "intensiteit", "deskundigenoordeel"],
            v2,
        ),
    ];
    rows.into_iter()
        .enumerate()
        .map(|(i, (vraag, toelichting, bewijs, rules, recorded))| Vraag {
            nummer: i + 1,
            vraag,
            toelichting,
            bewijs,
            niet_vastgelegd: !recorded,
            open: open(rules),
            opgevolgd: followed(rules),
        })
        .collect()
}
