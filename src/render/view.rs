//! What a template sees: the journal shaped for one document.
//!
//! Dates are formatted in Dutch here, enumerations get their labels, free
//! text is split into blocks, and the activities and applications are
//! selected for the report's period. Templates then only lay things out. All
//! strings stay raw; escaping happens in Tera's autoescape.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::dates::{hours, long, short};
use crate::house_style::{HouseStyle, SignatureView};
use crate::journal::{Journal, Persoon};
use crate::render::cijfers::{CijfersView, cijfers};
use crate::render::evidence::{self, EvidenceView, ProfielView};
use crate::render::plan::{DocumentKind, DocumentSpec, reports_in_order};
use crate::render::text::{Block, blocks};
use crate::snapshot::{self, Scope};
use crate::timeline::{Milestone, Wachttijd};

#[derive(Serialize)]
pub struct View {
    document: DocumentView,
    dossier: String,
    werknemer: WerknemerView,
    werkgever: WerkgeverView,
    bureau: BureauView,
    traject: TrajectView,
    grondslag: GrondslagView,
    activiteiten: Vec<ActiviteitView>,
    sollicitaties: Vec<SollicitatieView>,
    totalen: Totalen,
    /// The figures from the start of spoor 2 to the end of the period (a
    /// report) or of the trajectory (as it stood on the document's date).
    cijfers: CijfersView,
    /// The figures of a report's period.
    periodecijfers: Option<CijfersView>,
    /// The application norm of this case.
    norm: NormView,
    /// Where spoor 1 stands.
    spoor1: Option<Spoor1View>,
    rapport: Option<RapportView>,
    eind: Option<EindView>,
    /// The version 2 evidence for this document.
    bewijs: EvidenceView,
    stand: Option<StandView>,
    intensiteit: IntensiteitView,
    huisstijl: HouseStyle,
    /// Set when the report is an element of the WIA dossier.
    ingebed: Option<Ingebed>,
}

/// A report inside the WIA dossier: its sections carry labels, and a part
/// that is the same as in the report before it points there instead of
/// repeating it.
#[derive(Serialize)]
pub struct Ingebed {
    /// Prefix of this report's labels, e.g. "rapport-3".
    pub sleutel: String,
    /// The earlier report with the same grondslag (belastbaarheid, advies
    /// and zoekprofiel).
    pub grondslag: Option<Verwijzing>,
    /// The earlier report with the same trajectplan.
    pub trajectplan: Option<Verwijzing>,
}

#[derive(Serialize, Clone)]
pub struct Verwijzing {
    /// "Voortgangsrapportage 1".
    pub titel: String,
    /// The Typst label of the section there.
    pub label: String,
}

impl View {
    /// The grondslag as this document shows it, for comparing documents.
    pub fn grondslag_value(&self) -> serde_json::Value {
        serde_json::to_value(&self.grondslag).unwrap_or_default()
    }

    pub fn plan_value(&self) -> serde_json::Value {
        self.bewijs.plan_value()
    }

    pub fn embed(&mut self, ingebed: Ingebed) {
        self.ingebed = Some(ingebed);
    }
}

/// Where the case stands in the wachttijd on the document's date.
#[derive(Serialize)]
struct StandView {
    eerste_ziektedag: String,
    week: Option<i64>,
    hersteldagen: i64,
    start_spoor2: String,
    start_week: Option<i64>,
    uiterste_start: String,
    start_op_tijd: bool,
    riv: String,
    riv_week: i64,
    wia_aanvraag: String,
    wia_aanvraag_week: i64,
    eerste_wia_dag: String,
    verlengd: bool,
}

#[derive(Serialize)]
struct Spoor1View {
    datum: String,
    stand: String,
}

#[derive(Serialize)]
struct NormView {
    /// Sollicitatieactiviteiten per week, two decimals.
    per_week: String,
    /// Below the standard norm.
    verlaagd: bool,
    /// The standard norm, two decimals.
    standaard: String,
    sinds: Option<String>,
    onderbouwing: Option<String>,
}

fn norm(j: &Journal) -> NormView {
    let norms = crate::norms::Norms::for_journal(j);
    let standard = crate::norms::Norms::default().applications_per_week;
    NormView {
        per_week: crate::dates::decimal(norms.applications_per_week, 2),
        verlaagd: norms.applications_per_week < standard,
        standaard: crate::dates::decimal(standard, 2),
        sinds: j.normen.sinds.map(long),
        onderbouwing: j
            .normen
            .onderbouwing
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_string),
    }
}

/// Activities and applications per week of the wachttijd, for the chart.
#[derive(Serialize)]
struct IntensiteitView {
    weken: Vec<WeekView>,
    max: usize,
    /// The same counts per calendar month, for the table in the documents.
    maanden: Vec<MaandView>,
}

#[derive(Serialize)]
struct MaandView {
    /// "december 2025".
    maand: String,
    activiteiten: usize,
    sollicitaties: usize,
    sollicitatieactiviteiten: usize,
}

/// Counts per calendar month from the start of spoor 2 up to `until`, by
/// the one set of figures (each month clipped to that span).
fn months(j: &Journal, until: NaiveDate) -> Vec<MaandView> {
    let start = j.traject.startdatum;
    let mut out = Vec::new();
    let mut first = start;
    while first <= until {
        let (y, m) = (first.year(), first.month());
        let next = if m == 12 {
            NaiveDate::from_ymd_opt(y + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(y, m + 1, 1)
        };
        let Some(next) = next else { break };
        let last = (next - chrono::Duration::days(1)).min(until);
        let c = snapshot::counts(j, first, last);
        out.push(MaandView {
            maand: format!("{} {y}", crate::dates::month_name(m)),
            activiteiten: c.activities,
            sollicitaties: c.applications,
            sollicitatieactiviteiten: c.application_activities(),
        });
        first = next;
    }
    out
}

#[derive(Serialize)]
struct WeekView {
    week: i64,
    activiteiten: usize,
    sollicitaties: usize,
}

#[derive(Serialize)]
struct DocumentView {
    soort: &'static str,
    titel: String,
    nummer: Option<usize>,
    datum: String,
    jaar: i32,
    maand: u32,
    dag: u32,
    periode: Option<PeriodeView>,
}

#[derive(Serialize)]
struct PeriodeView {
    van: String,
    tot: String,
}

#[derive(Serialize)]
struct WerknemerView {
    naam: String,
    functie: String,
    uren_per_week: String,
    /// Printed on every page, never in a file name.
    bsn: Option<String>,
}

#[derive(Serialize)]
struct WerkgeverView {
    naam: String,
    contactpersoon: Persoon,
}

#[derive(Serialize)]
struct BureauView {
    naam: String,
    coach: CoachView,
}

#[derive(Serialize)]
struct CoachView {
    naam: String,
    functie: String,
    contact: Option<String>,
}

#[derive(Serialize)]
struct TrajectView {
    eerste_ziektedag: String,
    aanmelddatum: String,
    intake: String,
    startdatum: String,
    einddatum: Option<String>,
    rapportage: &'static str,
    /// The agreed price, and for an hourly rate what the hours come to.
    prijs: Option<String>,
}

#[derive(Serialize)]
struct GrondslagView {
    belastbaarheid: BelastbaarheidView,
    /// The bedrijfsarts's latest view, when recorded.
    actueel_oordeel: Option<ActueelView>,
    advies: AdviesView,
    zoekprofiel: ProfielView,
}

#[derive(Serialize)]
struct BelastbaarheidView {
    bron: String,
    datum: String,
    opgesteld_door: Persoon,
    samenvatting: Vec<Block>,
}

#[derive(Serialize)]
struct ActueelView {
    datum: String,
    opgesteld_door: Persoon,
    samenvatting: Vec<Block>,
}

#[derive(Serialize)]
struct AdviesView {
    datum: String,
    opgesteld_door: Persoon,
    passende_arbeid: Vec<Block>,
}

#[derive(Serialize)]
struct ActiviteitView {
    datum: String,
    soort: &'static str,
    omschrijving: String,
    duur: Option<String>,
}

#[derive(Serialize)]
struct SollicitatieView {
    datum: String,
    werkgever: String,
    functie: String,
    kanaal: &'static str,
    status: &'static str,
    resultaat: Option<String>,
}

#[derive(Serialize)]
struct Totalen {
    /// Listed, in the period or the whole journal.
    activiteiten: usize,
    sollicitaties: usize,
    /// Listed activities dated before the start of spoor 2 (the intake),
    /// which the figures do not count.
    activiteiten_voor_start: usize,
    sollicitaties_voor_start: usize,
    /// By kind and by outcome, over what the figures count.
    per_soort: Vec<Telling>,
    per_status: Vec<Telling>,
}

#[derive(Serialize)]
struct Telling {
    label: &'static str,
    aantal: usize,
}

#[derive(Serialize)]
struct RapportView {
    datum: String,
    auteur: Persoon,
    voortgang: Vec<Block>,
    belemmeringen: Vec<Block>,
    inzet_werknemer: Vec<Block>,
    afspraken: Vec<Block>,
    visie_werknemer: Vec<Block>,
    /// The coach's answer to an employee who does not (fully) agree.
    reactie_coach: Vec<Block>,
    gezien_door_werknemer: Option<String>,
    akkoord_werknemer: Option<&'static str>,
    /// The author's signature from the house style, if any.
    handtekening: Option<SignatureView>,
    /// The employee's signature as an SVG document, for the typesetter.
    handtekening_werknemer: Option<String>,
    /// The coach's own signature (SVG), where the house style has none.
    handtekening_coach: Option<String>,
    /// A deliberate new version of a report already seen or sent.
    nieuwe_versie: Option<NieuweVersieView>,
}

#[derive(Serialize)]
struct NieuweVersieView {
    datum: String,
    reden: String,
}

fn nieuwe_versie(v: &Option<crate::journal::NieuweVersie>) -> Option<NieuweVersieView> {
    v.as_ref().map(|v| NieuweVersieView {
        datum: long(v.datum),
        reden: v.reden.trim().to_string(),
    })
}

#[derive(Serialize)]
struct EindView {
    datum: String,
    auteur: Persoon,
    resultaat: &'static str,
    samenvatting: Vec<Block>,
    conclusie: Vec<Block>,
    advies: Vec<Block>,
    visie_werknemer: Vec<Block>,
    /// The coach's answer to an employee who does not (fully) agree.
    reactie_coach: Vec<Block>,
    gezien_door_werknemer: Option<String>,
    akkoord_werknemer: Option<&'static str>,
    /// The author's signature from the house style, if any.
    handtekening: Option<SignatureView>,
    /// The employee's signature as an SVG document, for the typesetter.
    handtekening_werknemer: Option<String>,
    /// The coach's own signature (SVG), where the house style has none.
    handtekening_coach: Option<String>,
    /// A deliberate new version of a report already seen or sent.
    nieuwe_versie: Option<NieuweVersieView>,
}

fn opt_blocks(text: &Option<String>) -> Vec<Block> {
    text.as_deref().map(blocks).unwrap_or_default()
}

fn stand(w: &Wachttijd, j: &Journal, on: NaiveDate) -> StandView {
    let start = j.traject.startdatum;
    let deadline = w.milestone(Milestone::StartSpoor2);
    StandView {
        eerste_ziektedag: long(w.eaod()),
        week: w.week_of(on),
        hersteldagen: w.fit_days(),
        start_spoor2: long(start),
        start_week: w.week_of(start),
        uiterste_start: long(deadline),
        start_op_tijd: start <= deadline,
        riv: long(w.milestone(Milestone::RivCompleet)),
        riv_week: w.milestone_week(Milestone::RivCompleet),
        wia_aanvraag: long(w.milestone(Milestone::WiaAanvraag)),
        wia_aanvraag_week: w.milestone_week(Milestone::WiaAanvraag),
        eerste_wia_dag: long(w.milestone(Milestone::EersteWiaDag)),
        verlengd: w.is_extended(),
    }
}

/// Weekly counts from the start of spoor 2 up to `until`, in weeks of the
/// wachttijd (or weeks since the start when there is no wachttijd).
fn intensity(w: Option<&Wachttijd>, j: &Journal, until: NaiveDate) -> IntensiteitView {
    let start = j.traject.startdatum;
    let week_of = |d: NaiveDate| -> i64 {
        match w.and_then(|w| w.week_of(d)) {
            Some(week) => week,
            None => (d - start).num_days().div_euclid(7) + 1,
        }
    };
    let first = week_of(start);
    let last = week_of(until.max(start)).max(first);
    let mut weken: Vec<WeekView> = (first..=last)
        .map(|week| WeekView {
            week,
            activiteiten: 0,
            sollicitaties: 0,
        })
        .collect();
    let in_range = |d: NaiveDate| d >= start && d <= until;
    let slot = |d: NaiveDate| (week_of(d) - first) as usize;
    for a in j.activiteiten.iter().filter(|a| in_range(a.datum)) {
        if let Some(wk) = weken.get_mut(slot(a.datum)) {
            wk.activiteiten += 1;
        }
    }
    for s in j.sollicitaties.iter().filter(|s| in_range(s.datum)) {
        if let Some(wk) = weken.get_mut(slot(s.datum)) {
            wk.sollicitaties += 1;
        }
    }
    let max = weken
        .iter()
        .map(|w| w.activiteiten.max(w.sollicitaties))
        .max()
        .unwrap_or(0);
    IntensiteitView {
        weken,
        max,
        maanden: months(j, until),
    }
}

pub fn build(j: &Journal, spec: &DocumentSpec, style: &HouseStyle) -> View {
    // The case as it stood on the document's date: nothing later shows.
    let scope = match spec.kind {
        DocumentKind::Voortgang { .. } => Scope::Report,
        DocumentKind::Eind | DocumentKind::Dossier => Scope::Whole,
    };
    let cut = snapshot::as_of(j, spec.date, scope);
    let j = &cut;
    let (range, rapport, eind, periode) = match spec.kind {
        DocumentKind::Voortgang { number } => {
            let r = reports_in_order(j)
                .into_iter()
                .find(|(n, _)| *n == number)
                .map(|(_, r)| r);
            let range = r.map(|r| (r.periode.van, r.periode.tot));
            let rapport = r.map(|r| RapportView {
                datum: long(r.datum),
                auteur: r.auteur.clone(),
                voortgang: blocks(&r.voortgang),
                belemmeringen: opt_blocks(&r.belemmeringen),
                inzet_werknemer: blocks(&r.inzet_werknemer),
                afspraken: blocks(&r.afspraken),
                visie_werknemer: opt_blocks(&r.visie_werknemer),
                reactie_coach: opt_blocks(&r.reactie_coach),
                gezien_door_werknemer: r.gezien_door_werknemer.map(long),
                akkoord_werknemer: r.akkoord_werknemer.map(|a| a.label()),
                handtekening: style.signature_of(&r.auteur.naam).cloned(),
                handtekening_werknemer: r.handtekening_werknemer.as_deref().and_then(signature_svg),
                handtekening_coach: r.handtekening_coach.as_deref().and_then(signature_svg),
                nieuwe_versie: nieuwe_versie(&r.nieuwe_versie),
            });
            let periode = r.map(|r| PeriodeView {
                van: long(r.periode.van),
                tot: long(r.periode.tot),
            });
            (range, rapport, None, periode)
        }
        DocumentKind::Eind | DocumentKind::Dossier => {
            let eind = j.eindrapportage.as_ref().map(|e| EindView {
                datum: long(e.datum),
                auteur: e.auteur.clone(),
                resultaat: e.resultaat.label(),
                samenvatting: blocks(&e.samenvatting),
                conclusie: blocks(&e.conclusie),
                advies: blocks(&e.advies),
                visie_werknemer: opt_blocks(&e.visie_werknemer),
                reactie_coach: opt_blocks(&e.reactie_coach),
                gezien_door_werknemer: e.gezien_door_werknemer.map(long),
                akkoord_werknemer: e.akkoord_werknemer.map(|a| a.label()),
                handtekening: style.signature_of(&e.auteur.naam).cloned(),
                handtekening_werknemer: e.handtekening_werknemer.as_deref().and_then(signature_svg),
                handtekening_coach: e.handtekening_coach.as_deref().and_then(signature_svg),
                nieuwe_versie: nieuwe_versie(&e.nieuwe_versie),
            });
            // The eindrapportage covers the whole trajectory.
            (None, None, eind, None)
        }
    };
    let in_range = |d: NaiveDate| range.is_none_or(|(van, tot)| van <= d && d <= tot);
    let wachttijd = crate::validate::wachttijd(j);
    // The chart runs to the end of the period, or of the trajectory.
    let chart_until = match range {
        Some((_, tot)) => tot,
        None => j.traject.einddatum.unwrap_or(spec.date).min(spec.date),
    };

    let mut activiteiten: Vec<_> = j
        .activiteiten
        .iter()
        .filter(|a| in_range(a.datum))
        .collect();
    activiteiten.sort_by_key(|a| a.datum);
    let mut sollicitaties: Vec<_> = j
        .sollicitaties
        .iter()
        .filter(|s| in_range(s.datum))
        .collect();
    sollicitaties.sort_by_key(|s| s.datum);

    // The figures: from the start of spoor 2 to the end of the period or
    // of the trajectory, and of the period itself.
    let start = j.traject.startdatum;
    let whole = snapshot::counts(j, start, chart_until);
    let norm_per_week = crate::norms::Norms::for_journal(j).applications_per_week;
    let whole_hours_text = crate::dates::hours_of_minutes(whole.minutes);
    let period = range.map(|(van, tot)| snapshot::counts(j, van, tot));
    let counted = |d: NaiveDate| match range {
        Some((van, tot)) => van <= d && d <= tot,
        None => start <= d && d <= chart_until,
    };
    let per_soort = crate::journal::ActiviteitSoort::ALL
        .iter()
        .map(|&k| Telling {
            label: k.label(),
            aantal: activiteiten
                .iter()
                .filter(|a| a.soort == k && counted(a.datum))
                .count(),
        })
        .filter(|t| t.aantal > 0)
        .collect();
    let per_status = crate::journal::SollicitatieStatus::ALL
        .iter()
        .map(|&s| Telling {
            label: s.label(),
            aantal: sollicitaties
                .iter()
                .filter(|x| x.status == s && counted(x.datum))
                .count(),
        })
        .filter(|t| t.aantal > 0)
        .collect();

    let g = &j.grondslag;
    View {
        document: DocumentView {
            soort: match spec.kind {
                DocumentKind::Voortgang { .. } => "voortgangsrapportage",
                DocumentKind::Eind => "eindrapportage",
                DocumentKind::Dossier => "dossier",
            },
            titel: spec.title.clone(),
            nummer: match spec.kind {
                DocumentKind::Voortgang { number } => Some(number),
                DocumentKind::Eind | DocumentKind::Dossier => None,
            },
            datum: long(spec.date),
            jaar: spec.date.year(),
            maand: spec.date.month(),
            dag: spec.date.day(),
            periode,
        },
        dossier: j.dossier.clone(),
        werknemer: WerknemerView {
            naam: j.werknemer.naam.clone(),
            functie: j.werknemer.functie.clone(),
            uren_per_week: hours(j.werknemer.uren_per_week),
            bsn: j.werknemer.bsn.as_ref().map(|b| b.trim().to_string()),
        },
        werkgever: WerkgeverView {
            naam: j.werkgever.naam.clone(),
            contactpersoon: j.werkgever.contactpersoon.clone(),
        },
        bureau: BureauView {
            naam: j.bureau.naam.clone(),
            coach: CoachView {
                naam: j.bureau.coach.naam.clone(),
                functie: j.bureau.coach.functie.clone(),
                contact: j.bureau.coach.contact.clone(),
            },
        },
        traject: TrajectView {
            eerste_ziektedag: j
                .ziekteperiodes
                .first()
                .map(|p| long(p.van))
                .unwrap_or_default(),
            aanmelddatum: long(j.traject.aanmelddatum),
            intake: long(j.traject.intake),
            startdatum: long(j.traject.startdatum),
            einddatum: j.traject.einddatum.map(long),
            rapportage: j.traject.rapportage.label(),
            prijs: j.traject.prijs.as_ref().map(|p| match p.per {
                crate::journal::PrijsPer::Traject => {
                    format!(
                        "{} voor het hele traject, zonder btw",
                        crate::dates::euro(p.bedrag)
                    )
                }
                crate::journal::PrijsPer::Uur => format!(
                    "{} per uur, zonder btw; {} uur begeleiding is {}",
                    crate::dates::euro(p.bedrag),
                    whole_hours_text,
                    // On the hours as printed, so the reader can recompute it.
                    crate::dates::euro(p.bedrag * ((whole.hours() * 10.0 + 1e-7).round() / 10.0))
                ),
            }),
        },
        grondslag: GrondslagView {
            belastbaarheid: BelastbaarheidView {
                bron: g.belastbaarheid.bron.clone(),
                datum: long(g.belastbaarheid.datum),
                opgesteld_door: g.belastbaarheid.opgesteld_door.clone(),
                samenvatting: blocks(&g.belastbaarheid.samenvatting),
            },
            actueel_oordeel: g.actueel_oordeel.as_ref().map(|a| ActueelView {
                datum: long(a.datum),
                opgesteld_door: a.opgesteld_door.clone(),
                samenvatting: blocks(&a.samenvatting),
            }),
            advies: AdviesView {
                datum: long(g.arbeidsdeskundig_advies.datum),
                opgesteld_door: g.arbeidsdeskundig_advies.opgesteld_door.clone(),
                passende_arbeid: blocks(&g.arbeidsdeskundig_advies.passende_arbeid),
            },
            zoekprofiel: evidence::profile_at(j, range.map_or(spec.date, |(_, tot)| tot)),
        },
        totalen: Totalen {
            activiteiten: activiteiten.len(),
            sollicitaties: sollicitaties.len(),
            activiteiten_voor_start: activiteiten.iter().filter(|a| a.datum < start).count(),
            sollicitaties_voor_start: sollicitaties.iter().filter(|s| s.datum < start).count(),
            per_soort,
            per_status,
        },
        activiteiten: activiteiten
            .into_iter()
            .map(|a| ActiviteitView {
                datum: short(a.datum),
                soort: a.soort.label(),
                omschrijving: a.omschrijving.clone(),
                duur: a.duur_minuten.map(|m| format!("{m} min")),
            })
            .collect(),
        sollicitaties: sollicitaties
            .into_iter()
            .map(|s| SollicitatieView {
                datum: short(s.datum),
                werkgever: s.werkgever.clone(),
                functie: s.functie.clone(),
                kanaal: s.kanaal.label(),
                status: s.status.label(),
                // "Ingetrokken: Ingetrokken na het aanbod" says it twice.
                resultaat: s
                    .resultaat
                    .as_deref()
                    .map(|r| {
                        let label = s.status.label();
                        r.get(..label.len())
                            .filter(|head| head.eq_ignore_ascii_case(label))
                            .map_or(r, |_| r[label.len()..].trim_start())
                            .trim()
                            .to_string()
                    })
                    .filter(|r| !r.is_empty()),
            })
            .collect(),
        cijfers: cijfers(&whole, norm_per_week),
        periodecijfers: period.as_ref().map(|p| cijfers(p, norm_per_week)),
        norm: norm(j),
        spoor1: j.spoor1.as_ref().map(|s| Spoor1View {
            datum: long(s.datum),
            stand: s.stand.trim().to_string(),
        }),
        rapport,
        eind,
        bewijs: evidence::build(j, range, spec.date),
        stand: wachttijd.as_ref().map(|w| stand(w, j, spec.date)),
        intensiteit: intensity(wachttijd.as_ref(), j, chart_until),
        huisstijl: style.clone(),
        ingebed: None,
    }
}

/// Whether `path` is signature path data as the werkplek draws it: `M` and
/// `L` commands with whole numbers inside the 600 by 200 area, nothing else.
pub fn is_signature(path: &str) -> bool {
    let mut tokens = path.split_ascii_whitespace().peekable();
    if tokens.peek().is_none() || path.len() > 200_000 {
        return false;
    }
    while let Some(command) = tokens.next() {
        if command != "M" && command != "L" {
            return false;
        }
        let (Some(x), Some(y)) = (tokens.next(), tokens.next()) else {
            return false;
        };
        let fits = |t: &str, max: u32| t.parse::<u32>().is_ok_and(|v| v <= max);
        if !fits(x, 600) || !fits(y, 200) {
            return false;
        }
    }
    true
}

/// The SVG document of a signature's path data, or `None` when the data is
/// not a signature (which `check` reports). Single quotes only, so the
/// document can stand in a Typst string as it is.
pub fn signature_svg(path: &str) -> Option<String> {
    is_signature(path).then(|| {
        format!(
            "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 600 200' width='600' height='200'><path d='{}' fill='none' stroke='#000000' stroke-width='4' stroke-linecap='round' stroke-linejoin='round'/></svg>\n",
            path.trim()
        )
    })
}

#[cfg(test)]
mod signature_tests {
    use super::*;

    #[test]
    fn only_what_the_werkplek_draws_is_a_signature() {
        assert!(is_signature("M 10 20 L 30 40 L 600 200 M 0 0 L 1 1"));
        for not in [
            "",
            "M 10",
            "M 10 20 L 601 4",
            "M 10 20 L -1 4",
            "M 1.5 2 L 3 4",
            "M 1 2 C 3 4",
            "M 1 2 L 3 4'/><script>",
        ] {
            assert!(!is_signature(not), "{not}");
        }
        let svg = signature_svg("M 1 2 L 3 4").unwrap();
        assert!(svg.contains("<path d='M 1 2 L 3 4'"), "{svg}");
        assert!(
            !svg.contains('"'),
            "a Typst string holds it as it is: {svg}"
        );
    }
}
