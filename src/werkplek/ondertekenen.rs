//! "Laten ondertekenen": the employee reads a voortgangsrapportage on the
//! coach's screen, gives their judgement and view, and signs with finger,
//! pen or mouse (pointer events on a canvas, in `werkplek.js`). The
//! signature is written into the journal (SVG path data, the record the
//! report is made from) with the day, the judgement and the view, in one
//! checked write; a copy stands beside the journal as SVG. The report is
//! then seen, and from its next make on it is fixed (`snapshot::record`).

use std::sync::Arc;

use axum::extract::State as Shared;
use axum::response::Response;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::State;
use super::narrative::journal_and_version;
use super::pages::{CaseForm, Params, back, encode, journal_path, not_found, said};
use crate::dates::long;
use crate::journal::Journal;

#[derive(Deserialize)]
pub struct SignQuery {
    bestand: String,
    /// The report's number from 1, `eind` or `plan`.
    welke: String,
    /// `coach` for the coach's own signature; the employee's otherwise.
    #[serde(default)]
    wie: String,
}

/// What is signed: a voortgangsrapportage (its index), the eindrapportage
/// or the trajectplan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Signed {
    Report(usize),
    Eind,
    Plan,
}

impl Signed {
    pub(super) fn parse(welke: &str) -> Option<Signed> {
        match welke {
            "eind" => Some(Signed::Eind),
            "plan" => Some(Signed::Plan),
            n => n
                .parse::<usize>()
                .ok()
                .filter(|n| *n > 0)
                .map(|n| Signed::Report(n - 1)),
        }
    }

    fn welke(self) -> String {
        match self {
            Signed::Report(i) => (i + 1).to_string(),
            Signed::Eind => "eind".into(),
            Signed::Plan => "plan".into(),
        }
    }

    /// "voortgangsrapportage 2", "eindrapportage", "trajectplan".
    fn name(self) -> String {
        match self {
            Signed::Report(i) => format!("voortgangsrapportage {}", i + 1),
            Signed::Eind => "eindrapportage".into(),
            Signed::Plan => "trajectplan".into(),
        }
    }

    /// The journal's path of the part (`voortgangsrapportages`, index).
    fn place(self) -> (&'static str, Option<usize>) {
        match self {
            Signed::Report(i) => ("voortgangsrapportages", Some(i)),
            Signed::Eind => ("eindrapportage", None),
            Signed::Plan => ("trajectplan", None),
        }
    }
}

/// Whose signature: the employee's, or the coach's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Who {
    Werknemer,
    Coach,
}

/// Where a part stands for signing: its sections to read, and whether it
/// may still be signed by `who` (or why not).
struct Part {
    titel: String,
    sub: String,
    secties: Vec<Sectie>,
    /// Why it cannot be signed (any more), for the page.
    klaar: Option<String>,
}

fn part(j: &Journal, what: Signed, who: Who, bureau_signs: bool) -> Option<Part> {
    let text = |kop: &'static str, t: Option<&String>| {
        t.filter(|t| !t.trim().is_empty()).map(|t| Sectie {
            kop,
            tekst: as_read(t),
        })
    };
    let report_state = |datum: NaiveDate,
                        gezien: Option<NaiveDate>,
                        fixed: bool,
                        coach: &Option<String>| {
        match who {
        Who::Werknemer => gezien.map(|g| {
            format!(
                "U zag deze rapportage op {}. Zij is daarmee vastgelegd; een nieuwe ontwikkeling komt in de volgende rapportage.",
                long(g)
            )
        }),
        Who::Coach if bureau_signs => Some(
            "Het bureau heeft uw handtekening al in bureau.yaml; die staat in de rapportage.".into(),
        ),
        Who::Coach if coach.is_some() => Some(format!(
            "U ondertekende deze rapportage al (opgesteld op {}).",
            long(datum)
        )),
        Who::Coach if fixed => Some(
            "De rapportage is al gezien of verzonden en blijft zoals zij toen was.".into(),
        ),
        Who::Coach => None,
    }
    };
    Some(match what {
        Signed::Report(i) => {
            let r = j.voortgangsrapportages.get(i)?;
            Part {
                titel: format!("Voortgangsrapportage {}", i + 1),
                sub: format!(
                    "periode {} t/m {}",
                    long(r.periode.van),
                    long(r.periode.tot)
                ),
                secties: [
                    text("Voortgang", Some(&r.voortgang)),
                    text("Belemmeringen", r.belemmeringen.as_ref()),
                    text("Inzet van de werknemer", Some(&r.inzet_werknemer)),
                    text("Afspraken en vervolgstappen", Some(&r.afspraken)),
                ]
                .into_iter()
                .flatten()
                .collect(),
                klaar: report_state(
                    r.datum,
                    r.gezien_door_werknemer,
                    r.seen_or_sent(),
                    &r.handtekening_coach,
                ),
            }
        }
        Signed::Eind => {
            let e = j.eindrapportage.as_ref()?;
            Part {
                titel: "Eindrapportage".into(),
                sub: format!("resultaat: {}", e.resultaat.label()),
                secties: [
                    text("Samenvatting", Some(&e.samenvatting)),
                    text("Conclusie", Some(&e.conclusie)),
                    text("Advies", Some(&e.advies)),
                ]
                .into_iter()
                .flatten()
                .collect(),
                klaar: report_state(
                    e.datum,
                    e.gezien_door_werknemer,
                    e.seen_or_sent(),
                    &e.handtekening_coach,
                ),
            }
        }
        Signed::Plan => {
            let p = j.trajectplan.as_ref()?;
            let fasen = p
                .fasen
                .iter()
                .map(|f| match &f.wanneer {
                    Some(w) => format!("- {} ({w}): {}", f.naam, f.inhoud),
                    None => format!("- {}: {}", f.naam, f.inhoud),
                })
                .collect::<Vec<_>>()
                .join("\n");
            Part {
                titel: "Trajectplan".into(),
                sub: format!("verwachte duur {}", p.verwachte_duur),
                secties: [
                    text("Doel", Some(&p.doel)),
                    text("Aanpak", Some(&fasen)),
                    text("Rapportage en evaluatie", Some(&p.rapportage_en_evaluatie)),
                ]
                .into_iter()
                .flatten()
                .collect(),
                klaar: match who {
                    Who::Coach => Some("Het trajectplan tekent alleen de werknemer.".into()),
                    Who::Werknemer => p.akkoord_werknemer.map(|d| {
                        format!(
                            "U ging op {} akkoord met dit plan. Het verandert nu alleen door een bijstelling.",
                            long(d)
                        )
                    }),
                },
            }
        }
    })
}

/// A text as the report prints it: the lines of a paragraph run on (the
/// journal's line breaks are where the coach's editor wrapped), a blank
/// line starts a new paragraph, and a line starting with "- " stays a
/// line of its own.
fn as_read(text: &str) -> String {
    let mut out = String::new();
    for line in text.trim().lines().map(str::trim) {
        if line.is_empty() {
            if !out.ends_with("\n\n") {
                out.push_str("\n\n");
            }
        } else if out.is_empty() || out.ends_with('\n') {
            out.push_str(line);
        } else if line.starts_with("- ") {
            out.push('\n');
            out.push_str(line);
        } else {
            out.push(' ');
            out.push_str(line);
        }
    }
    out
}

/// The link to sign `what` as `who`, while it may still be signed; the
/// same judgement the signing page and its write make (`part`).
/// `bureau_signs`: the bureau has the author's signature on file.
pub(super) fn offer(
    bestand: &str,
    j: &Journal,
    what: Signed,
    who: Who,
    bureau_signs: bool,
) -> Option<String> {
    part(j, what, who, bureau_signs)
        .filter(|p| p.klaar.is_none())
        .map(|_| {
            let wie = match who {
                Who::Werknemer => "",
                Who::Coach => "&wie=coach",
            };
            format!(
                "/ondertekenen?bestand={}&welke={}{wie}",
                encode(bestand),
                what.welke()
            )
        })
}

#[derive(Serialize)]
struct Sectie {
    kop: &'static str,
    tekst: String,
}

#[derive(Serialize)]
struct View {
    bestand: String,
    terug: String,
    token: String,
    versie: String,
    welke: String,
    wie: &'static str,
    titel: String,
    werknemer: String,
    coach: String,
    sub: String,
    secties: Vec<Sectie>,
    /// Why nothing is asked: seen, agreed, signed already.
    klaar: Option<String>,
    /// The employee judges a report (akkoord and view); a plan is only
    /// agreed by signing.
    oordeel: bool,
    visie: String,
    akkoord: String,
    fout: Option<String>,
}

/// Whether the bureau's house style has a signature for `coach`.
fn bureau_signs(path: &std::path::Path, coach: &str) -> bool {
    crate::house_style::Resolver::new(None)
        .for_journal(path)
        .ok()
        .is_some_and(|style| style.signature_of(coach).is_some())
}

/// The author of what is signed: the coach who signs it.
fn author(j: &Journal, what: Signed) -> String {
    match what {
        Signed::Report(i) => j
            .voortgangsrapportages
            .get(i)
            .map(|r| r.auteur.naam.clone()),
        Signed::Eind => j.eindrapportage.as_ref().map(|e| e.auteur.naam.clone()),
        Signed::Plan => None,
    }
    .unwrap_or_else(|| j.bureau.coach.naam.clone())
}

#[allow(clippy::too_many_arguments)]
fn page(
    state: &State,
    bestand: &str,
    path: &std::path::Path,
    j: &Journal,
    versie: String,
    (what, who): (Signed, Who),
    typed: Option<(&str, &str, String)>,
) -> Response {
    let coach = author(j, what);
    let Some(p) = part(j, what, who, bureau_signs(path, &coach)) else {
        return not_found("dit onderdeel staat niet in het dossier");
    };
    let visie_now = match what {
        Signed::Report(i) => j.voortgangsrapportages[i].visie_werknemer.clone(),
        Signed::Eind => j
            .eindrapportage
            .as_ref()
            .and_then(|e| e.visie_werknemer.clone()),
        Signed::Plan => None,
    };
    let (akkoord, visie, fout) = match typed {
        Some((akkoord, visie, fout)) => (akkoord.to_string(), visie.to_string(), Some(fout)),
        None => (String::new(), visie_now.unwrap_or_default(), None),
    };
    let view = View {
        bestand: bestand.to_string(),
        terug: format!("/dossier?bestand={}", encode(bestand)),
        token: state.token.clone(),
        versie,
        welke: what.welke(),
        wie: match who {
            Who::Werknemer => "werknemer",
            Who::Coach => "coach",
        },
        titel: p.titel.clone(),
        werknemer: j.werknemer.naam.clone(),
        coach,
        sub: p.sub,
        secties: p.secties,
        klaar: p.klaar,
        oordeel: who == Who::Werknemer && what != Signed::Plan,
        visie,
        akkoord,
        fout,
    };
    let title = match who {
        Who::Werknemer => format!("{} ondertekenen: {}", p.titel, j.werknemer.naam),
        Who::Coach => format!("{} zelf ondertekenen: {}", p.titel, j.werknemer.naam),
    };
    super::pages::page(state, &title, "ondertekenen.html", &view)
}

fn who_of(wie: &str) -> Who {
    if wie == "coach" {
        Who::Coach
    } else {
        Who::Werknemer
    }
}

pub async fn show(Shared(state): Shared<Arc<State>>, Params(q): Params<SignQuery>) -> Response {
    let Some(path) = journal_path(&state, &q.bestand) else {
        return not_found("dit dossier staat niet in de map van de werkplek");
    };
    let Some(what) = Signed::parse(&q.welke) else {
        return not_found("dit onderdeel staat niet in het dossier");
    };
    let Some((j, versie)) = journal_and_version(&path) else {
        return back(
            &q.bestand,
            Err("het dossier kan nu niet worden gelezen; zie de meldingen".into()),
        );
    };
    page(
        &state,
        &q.bestand,
        &path,
        &j,
        versie,
        (what, who_of(&q.wie)),
        None,
    )
}

/// The SVG copy's name beside the journal:
/// `handtekeningen/<journal>-voortgangsrapportage-<n>.svg`,
/// `-eindrapportage.svg`, `-trajectplan.svg`, with `-coach` for the
/// coach's own.
fn copy_path(path: &std::path::Path, what: Signed, who: Who) -> std::path::PathBuf {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_default();
    let part = what.name().replace(' ', "-");
    let whose = match who {
        Who::Werknemer => "",
        Who::Coach => "-coach",
    };
    path.parent()
        .unwrap_or(std::path::Path::new("."))
        .join("handtekeningen")
        .join(format!("{stem}-{part}{whose}.svg"))
}

pub async fn sign(
    Shared(state): Shared<Arc<State>>,
    CaseForm {
        bestand,
        path,
        fields,
    }: CaseForm,
) -> Response {
    let field = |k: &str| super::pages::field(&fields, k).unwrap_or_default();
    let Some(what) = Signed::parse(&field("welke")) else {
        return not_found("dit onderdeel staat niet in het dossier");
    };
    let who = who_of(&field("wie"));
    let (akkoord, visie, lijnen, versie) = (
        field("akkoord"),
        fields
            .get("visie")
            .cloned()
            .unwrap_or_default()
            .replace("\r\n", "\n"),
        field("lijnen"),
        field("versie"),
    );
    let on = state.today();
    let again = |why: String| match journal_and_version(&path) {
        Some((j, now)) => page(
            &state,
            &bestand,
            &path,
            &j,
            now,
            (what, who),
            Some((akkoord.as_str(), visie.as_str(), why)),
        ),
        None => back(&bestand, Err(why)),
    };
    let judges = who == Who::Werknemer && what != Signed::Plan;
    if judges && !["akkoord", "gedeeltelijk", "niet-akkoord"].contains(&akkoord.as_str()) {
        return again(
            "niet ondertekend: kies of u akkoord bent, gedeeltelijk akkoord of niet akkoord".into(),
        );
    }
    if !lijnen.contains('L') || !crate::render::view::is_signature(&lijnen) {
        return again("niet ondertekend: zet uw handtekening in het tekenvlak".into());
    }
    let done = {
        let (path, lijnen, akkoord, visie) =
            (path.clone(), lijnen.clone(), akkoord.clone(), visie.clone());
        tokio::task::spawn_blocking(move || {
            let signing = Signing {
                what,
                who,
                on,
                akkoord: &akkoord,
                visie: &visie,
                lijnen: &lijnen,
            };
            sign_journal(&path, &versie, &signing)
        })
        .await
    };
    match done {
        Ok(Ok(())) => {
            // The copy beside the journal, for whoever asks for the
            // signature itself; the journal is the record.
            let copy = copy_path(&path, what, who);
            let svg = crate::render::view::signature_svg(&lijnen).unwrap_or_default();
            let written = std::fs::create_dir_all(copy.parent().unwrap_or(std::path::Path::new(".")))
                .and_then(|_| crate::output::write_atomic(&copy, svg.as_bytes()));
            let note = match written {
                Ok(()) => String::new(),
                Err(e) => format!(
                    "; de kopie als SVG kon niet worden geschreven ({})",
                    crate::output::io_reason(&e)
                ),
            };
            let by = match who {
                Who::Werknemer => "de werknemer",
                Who::Coach => "de coach",
            };
            back(
                &bestand,
                Ok(format!(
                    "{} is ondertekend door {by} op {}{note}",
                    what.name(),
                    long(on)
                )),
            )
        }
        Ok(Err(crate::cmd::RunError::Conflict(_))) => again(
            "niet ondertekend: het dossier is gewijzigd nadat deze pagina werd geopend; lees de tekst opnieuw en onderteken dan".into(),
        ),
        Ok(Err(e)) => again(format!("niet ondertekend: {}", said(&e, &path))),
        Err(_) => again("niet ondertekend: er ging iets mis".into()),
    }
}

/// What a signature records.
struct Signing<'a> {
    what: Signed,
    who: Who,
    on: NaiveDate,
    akkoord: &'a str,
    visie: &'a str,
    lijnen: &'a str,
}

/// Writes the signature and what goes with it into the part, only from
/// version `versie` and only while it may still be signed: the employee's
/// while the report is not seen (the plan not agreed), the coach's while
/// the report is neither seen nor sent and the bureau has none on file.
fn sign_journal(
    path: &std::path::Path,
    versie: &str,
    s: &Signing,
) -> Result<(), crate::cmd::RunError> {
    let unreadable = || crate::cmd::unreadable(path);
    crate::store::update(
        path,
        Some(versie),
        s.on,
        "niet ondertekend: zo zou het dossier fouten hebben; het bestand is niet veranderd",
        |loaded| {
            let j = loaded.journal.as_ref().ok_or_else(unreadable)?;
            let coach = author(j, s.what);
            let p = part(j, s.what, s.who, bureau_signs(path, &coach)).ok_or_else(|| {
                crate::cmd::RunError::Refused("dit onderdeel staat niet in het dossier".into())
            })?;
            if let Some(why) = p.klaar {
                return Err(crate::cmd::RunError::Refused(why));
            }
            let text_of = |t: &str| crate::edit::Field::Text(t.to_string());
            let visie = s.visie.trim();
            let fields: Vec<(&str, Option<crate::edit::Field>)> = match (s.who, s.what) {
                (Who::Coach, _) => vec![("handtekening_coach", Some(text_of(s.lijnen)))],
                (Who::Werknemer, Signed::Plan) => vec![
                    ("akkoord_werknemer", Some(crate::edit::Field::Date(s.on))),
                    ("handtekening_werknemer", Some(text_of(s.lijnen))),
                ],
                (Who::Werknemer, _) => vec![
                    (
                        "visie_werknemer",
                        (!visie.is_empty()).then(|| text_of(visie)),
                    ),
                    (
                        "gezien_door_werknemer",
                        Some(crate::edit::Field::Date(s.on)),
                    ),
                    (
                        "akkoord_werknemer",
                        Some(crate::edit::Field::Word(s.akkoord.to_string())),
                    ),
                    ("handtekening_werknemer", Some(text_of(s.lijnen))),
                ],
            };
            let (group, index) = s.what.place();
            let mut text = loaded.source.clone().ok_or_else(unreadable)?;
            for (key, value) in fields {
                let tree = crate::journal::yaml::parse(&text)
                    .map_err(|_| unreadable())?
                    .root;
                text = crate::edit::set_value(&text, &tree, group, index, key, value.as_ref())
                    .map_err(|e| crate::cmd::RunError::Refused(e.to_string()))?;
            }
            Ok(crate::store::Edited {
                text,
                what: format!(
                    "{} ondertekend door {}",
                    s.what.name(),
                    match s.who {
                        Who::Werknemer => "de werknemer",
                        Who::Coach => "de coach",
                    }
                ),
            })
        },
    )
    .map(|_| ())
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_text_reads_as_the_report_prints_it() {
        assert_eq!(
            super::as_read(
                "Binnen negen maanden werk, 24 tot 30 uur per\nweek.\n\n- een\n- twee\n"
            ),
            "Binnen negen maanden werk, 24 tot 30 uur per week.\n\n- een\n- twee"
        );
    }
}
