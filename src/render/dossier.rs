//! What the WIA dossier template sees: the journal over the whole
//! trajectory, the Poortwachter timeline with actual dates next to the
//! deadlines, every report's content (rendered with the report's own
//! content template, so it reads exactly as the report the employer
//! received), the employee's views, and the compliance warnings that remain
//! open on the dossier's date.

use chrono::NaiveDate;
use serde::Serialize;

use crate::dates::{Datum, datum, long};
use crate::diag::Finding;
use crate::house_style::HouseStyle;
use crate::journal::{Journal, Persoon};
use crate::render::melding::{Melding, melding};
use crate::render::plan::{self, DocumentKind, DocumentSpec};
use crate::render::text::{Block, blocks};
use crate::render::view::{self, Ingebed, Verwijzing, View};
use crate::render::{TemplateError, Templates};
use crate::timeline::{Milestone, Wachttijd, stand};

/// The file name of a journal's dossier: `<dossier>-wia-dossier.pdf`.
pub fn file_name(j: &Journal) -> String {
    format!("{}-wia-dossier.pdf", j.dossier)
}

#[derive(Serialize)]
pub struct DossierView {
    /// The journal over the whole trajectory (activities, applications,
    /// totals, chart, basis of the search, house style).
    #[serde(flatten)]
    basis: View,
    dossierdatum: Datum,
    samensteller: Persoon,
    eerste_ziektedag: String,
    eerste_wia_dag: String,
    /// Week of the wachttijd on the dossier's date.
    week: Option<i64>,
    /// The RIV deadline, when the dossier is dated after it.
    na_riv: Option<String>,
    samenvatting: TrajectSamenvatting,
    tijdlijn: Vec<TijdlijnRij>,
    /// The file through UWV's eyes: one row per question.
    beoordeling: Vec<crate::render::assessment::Vraag>,
    rapporten: Vec<RapportDeel>,
    visies: Vec<Visie>,
    meldingen: Vec<Melding>,
}

#[derive(Serialize)]
struct TrajectSamenvatting {
    start: String,
    start_week: Option<i64>,
    einde: Option<String>,
    aantal_rapportages: usize,
}

/// A line of the Poortwachter timeline.
#[derive(Serialize)]
struct TijdlijnRij {
    onderdeel: String,
    week: Option<i64>,
    /// The deadline, where the law sets one.
    uiterlijk: Option<String>,
    /// What happened and when, where the journal records it.
    werkelijk: Option<String>,
    stand: String,
    te_laat: bool,
    /// Part of spoor 2 (recorded in this journal), not the employer's steps.
    spoor2: bool,
    #[serde(skip)]
    sort: NaiveDate,
}

/// One report as an element of the dossier.
#[derive(Serialize)]
struct RapportDeel {
    /// "Voortgangsrapportage 3" or "Eindrapportage".
    titel: String,
    /// The period, for a voortgangsrapportage.
    periode: Option<String>,
    datum: String,
    auteur: Persoon,
    /// The report's content as Typst source, already escaped.
    inhoud: String,
    /// When it was sent to the employer.
    verzonden: Option<String>,
}

#[derive(Serialize)]
struct Visie {
    titel: String,
    periode: Option<String>,
    datum: String,
    blokken: Vec<Block>,
    gezien: Option<String>,
    akkoord: Option<&'static str>,
    /// The coach's answer to an employee who does not (fully) agree.
    reactie: Vec<Block>,
}

/// Where an earlier report shows the same part (`now`) in full; `None`
/// when this report shows it in full, which `earlier` then remembers as
/// `here`. A part the report does not have (null) is never referred back.
fn refer_back(
    earlier: &mut Option<(serde_json::Value, Verwijzing)>,
    now: serde_json::Value,
    here: Verwijzing,
) -> Option<Verwijzing> {
    if let Some((value, there)) = earlier.as_ref()
        && !now.is_null()
        && *value == now
    {
        return Some(there.clone());
    }
    *earlier = Some((now, here));
    None
}

/// Builds the dossier's view. `warnings` are the findings of `check` on the
/// dossier's date (errors never reach here: a journal with errors gets no
/// dossier).
pub fn build(
    j: &Journal,
    records: &crate::snapshot::record::Records,
    style: &HouseStyle,
    templates: &Templates,
    on: NaiveDate,
    samensteller: Persoon,
    warnings: &[Finding],
) -> Result<DossierView, TemplateError> {
    // The case as it stood on the dossier's date.
    let cut = crate::snapshot::as_of(j, on, crate::snapshot::Scope::Whole);
    let j = &cut;
    let late_for_riv = late_for_riv(j, on);
    let spec = DocumentSpec {
        kind: DocumentKind::Dossier,
        file_name: file_name(j),
        date: on,
        title: format!("WIA-dossier spoor 2: {}", j.werknemer.naam),
        period_end: None,
    };
    let basis = view::build(j, &spec, style);
    let wachttijd = crate::validate::wachttijd(j);

    let reports = plan::reports_in_order(j);
    let mut rapporten = Vec::new();
    let mut visies = Vec::new();
    // The grondslag and trajectplan of the report before, and where they
    // stand in full: a report that repeats them points there instead.
    let mut vorige_grondslag: Option<(serde_json::Value, Verwijzing)> = None;
    let mut vorig_plan: Option<(serde_json::Value, Verwijzing)> = None;
    for (i, doc) in plan::plan(j).into_iter().enumerate() {
        let (titel, periode, auteur, visie, gezien, akkoord, verzonden, reactie) = match doc.kind {
            DocumentKind::Voortgang { number } => {
                let Some((_, r)) = reports.get(number - 1) else {
                    continue;
                };
                (
                    format!("Voortgangsrapportage {number}"),
                    Some(format!(
                        "{} t/m {}",
                        long(r.periode.van),
                        long(r.periode.tot)
                    )),
                    r.auteur.clone(),
                    &r.visie_werknemer,
                    r.gezien_door_werknemer,
                    r.akkoord_werknemer,
                    r.verzonden_aan_werkgever,
                    &r.reactie_coach,
                )
            }
            _ => {
                let Some(e) = &j.eindrapportage else { continue };
                (
                    "Eindrapportage".to_string(),
                    None,
                    e.auteur.clone(),
                    &e.visie_werknemer,
                    e.gezien_door_werknemer,
                    e.akkoord_werknemer,
                    e.verzonden_aan_werkgever,
                    &e.reactie_coach,
                )
            }
        };
        let sleutel = format!("rapport-{}", i + 1);
        let here = |part: &str| Verwijzing {
            titel: titel.clone(),
            label: format!("{sleutel}-{part}"),
        };
        // A report that was seen or sent is shown as it was recorded.
        let recorded = crate::snapshot::record::Which::of(j, &doc.kind)
            .and_then(|w| crate::snapshot::record::journal_for(records, j, w));
        let mut report_view = view::build(recorded.as_ref().unwrap_or(j), &doc, style);
        let ingebed = Ingebed {
            grondslag: refer_back(
                &mut vorige_grondslag,
                report_view.grondslag_value(),
                here("grondslag"),
            ),
            trajectplan: refer_back(
                &mut vorig_plan,
                report_view.plan_value(),
                here("trajectplan"),
            ),
            sleutel,
        };
        report_view.embed(ingebed);
        let inhoud = templates.render_view(doc.content_template(), &report_view)?;
        visies.push(Visie {
            titel: titel.clone(),
            periode: periode.clone(),
            datum: long(doc.date),
            blokken: visie.as_deref().map(blocks).unwrap_or_default(),
            gezien: gezien.map(long),
            akkoord: akkoord.map(|a| a.label()),
            reactie: reactie.as_deref().map(blocks).unwrap_or_default(),
        });
        rapporten.push(RapportDeel {
            titel,
            periode,
            datum: long(doc.date),
            auteur,
            inhoud,
            verzonden: verzonden.map(long),
        });
    }

    let traject = TrajectSamenvatting {
        start: long(j.traject.startdatum),
        start_week: wachttijd
            .as_ref()
            .and_then(|w| w.week_of(j.traject.startdatum)),
        einde: j.traject.einddatum.map(long),
        aantal_rapportages: j.voortgangsrapportages.len(),
    };

    Ok(DossierView {
        basis,
        dossierdatum: datum(on),
        samensteller,
        eerste_ziektedag: wachttijd
            .as_ref()
            .map(|w| long(w.eaod()))
            .unwrap_or_default(),
        eerste_wia_dag: wachttijd
            .as_ref()
            .map(|w| long(w.milestone(Milestone::EersteWiaDag)))
            .unwrap_or_default(),
        // Past its last day the wachttijd has no weeks to count.
        week: wachttijd
            .as_ref()
            .filter(|w| on <= w.milestone(Milestone::EindeWachttijd))
            .and_then(|w| w.week_of(on)),
        samenvatting: traject,
        tijdlijn: wachttijd
            .as_ref()
            .map(|w| timeline(j, w, on))
            .unwrap_or_default(),
        beoordeling: crate::render::assessment::build(j, on, warnings),
        rapporten,
        visies,
        na_riv: late_for_riv.map(long),
        meldingen: warnings
            .iter()
            .filter(|f| f.is_warning())
            .map(melding)
            .chain(late_for_riv.map(|riv| melding(&late_dossier(on, riv))))
            .collect(),
    })
}

/// The deadline for the RIV, when the dossier is dated after it.
pub fn late_for_riv(j: &Journal, on: NaiveDate) -> Option<NaiveDate> {
    crate::validate::wachttijd(j)
        .map(|w| w.milestone(Milestone::RivCompleet))
        .filter(|riv| on > *riv)
}

/// The open point a dossier dated after the RIV deadline carries.
pub fn late_dossier(on: NaiveDate, riv: NaiveDate) -> Finding {
    Finding::warning(
        "",
        format!(
            "dit dossier is gedateerd op {}, na de uiterste datum waarop het re-integratieverslag compleet moest zijn ({})",
            long(on),
            long(riv)
        ),
    )
    .rule("dossierdatum")
    .hint("geef het dossier de datum waarop het bij het re-integratieverslag ging, of licht in het re-integratieverslag toe waarom het later komt")
}

/// The timeline: the law's deadlines and, for the spoor 2 steps this journal
/// records, what actually happened, in date order.
fn timeline(j: &Journal, w: &Wachttijd, on: NaiveDate) -> Vec<TijdlijnRij> {
    let deadline_row = |m: Milestone| {
        let date = w.milestone(m);
        TijdlijnRij {
            onderdeel: m.label().to_string(),
            // The week the date falls in, as for every other row; the
            // "na 58 weken" of practice is said with the date.
            week: w.week_of(date),
            uiterlijk: Some(match m {
                Milestone::EindeWachttijd | Milestone::EersteWiaDag => long(date),
                _ => format!("{} (na {} weken)", long(date), w.milestone_week(m)),
            }),
            werkelijk: None,
            stand: stand(date, on),
            te_laat: false,
            spoor2: false,
            sort: date,
        }
    };
    let event = |label: String, date: NaiveDate| TijdlijnRij {
        onderdeel: label,
        week: w.week_of(date),
        uiterlijk: None,
        werkelijk: Some(long(date)),
        stand: "gedaan".into(),
        te_laat: false,
        spoor2: true,
        sort: date,
    };
    // Against a deadline: on time, late, or not yet done.
    let against = |label: &str, done: Option<NaiveDate>, m: Milestone| {
        let deadline = w.milestone(m);
        let (stand_text, late) = match done {
            Some(d) if d <= deadline => ("op tijd".to_string(), false),
            Some(_) => ("te laat".to_string(), true),
            None if on > deadline => ("niet gedaan, termijn voorbij".to_string(), true),
            None => ("nog te doen".to_string(), false),
        };
        TijdlijnRij {
            onderdeel: label.to_string(),
            week: done.or(Some(deadline)).and_then(|d| w.week_of(d)),
            uiterlijk: Some(format!(
                "{} (na {} weken)",
                long(deadline),
                w.milestone_week(m)
            )),
            werkelijk: done.map(long),
            stand: stand_text,
            te_laat: late,
            spoor2: true,
            sort: done.unwrap_or(deadline),
        }
    };

    let mut rows = vec![TijdlijnRij {
        onderdeel: "Eerste ziektedag".into(),
        week: Some(1),
        uiterlijk: None,
        werkelijk: Some(long(w.eaod())),
        stand: "gedaan".into(),
        te_laat: false,
        spoor2: false,
        sort: w.eaod(),
    }];
    // The employer's own steps: with the date the bureau recorded, against
    // the deadline; without, said to be the employer's to record (not
    // "voorbij", which reads as missed).
    let recorded = j.poortwachter.clone().unwrap_or_default();
    for (m, done) in [
        (Milestone::Probleemanalyse, recorded.probleemanalyse),
        (Milestone::PlanVanAanpak, recorded.plan_van_aanpak),
        (Milestone::MeldingUwv, recorded.ziekmelding_uwv),
        (
            Milestone::Eerstejaarsevaluatie,
            recorded.eerstejaarsevaluatie,
        ),
    ] {
        match done {
            Some(d) => {
                let mut row = against(m.label(), Some(d), m);
                row.spoor2 = false;
                rows.push(row);
            }
            None => {
                let mut row = deadline_row(m);
                row.stand = "in het re-integratieverslag".into();
                rows.push(row);
            }
        }
    }
    for m in [
        Milestone::WiaBrief,
        Milestone::RivCompleet,
        Milestone::WiaAanvraag,
        Milestone::EersteWiaDag,
    ] {
        rows.push(deadline_row(m));
    }
    rows.push(event("Aanmelding spoor 2".into(), j.traject.aanmelddatum));
    rows.push(event("Intake spoor 2".into(), j.traject.intake));
    rows.push(against(
        "Start spoor 2",
        Some(j.traject.startdatum),
        Milestone::StartSpoor2,
    ));
    for (number, r) in plan::reports_in_order(j) {
        rows.push(event(format!("Voortgangsrapportage {number}"), r.datum));
    }
    rows.push(against(
        "Eindrapportage spoor 2 (vóór het re-integratieverslag compleet is)",
        j.eindrapportage.as_ref().map(|e| e.datum),
        Milestone::RivCompleet,
    ));
    if let Some(einde) = j.traject.einddatum {
        rows.push(event("Einde traject spoor 2".into(), einde));
    }
    // Stable: on the same day, the order above (deadline before event).
    rows.sort_by_key(|r| r.sort);
    rows
}
