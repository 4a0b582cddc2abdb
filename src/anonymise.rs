//! Anonymisation of an ended journal (`spoor2 anonimiseer`): what is left
//! holds no personal data but still serves the bureau's figures and its
//! quality mark.
//!
//! Removed: every name (replaced by a role or "Persoon N", the same person
//! the same everywhere, so checks that compare names still hold), the BSN,
//! contact details, all free text (narratives, descriptions, profiles,
//! reasons), the notities, the privacy_akkoord list and every comment in the
//! file. Kept: dates, all shifted by one whole number of weeks so intervals
//! and weekdays stay as they were (and the calendar years of the
//! trajectory's start and end, which the yearly figures count by);
//! durations and hours; the counts and kinds of activities, applications,
//! contacts and measures with their outcomes; the result.
//!
//! The function destructures every struct of the journal without `..`, so a
//! field added to the format later does not compile until it is decided
//! here whether it is personal.

use std::collections::HashMap;

use chrono::{Datelike, Duration, NaiveDate};

use crate::journal::*;
use crate::validate::evidence::profile_in_force;

/// What replaces a free text.
pub const REMOVED: &str = "(verwijderd bij anonimiseren)";

/// What the anonymisation removed, for the preview the coach confirms.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Removed {
    pub names: usize,
    pub bsn: bool,
    pub contact: bool,
    pub texts: usize,
    pub notities: bool,
    pub privacy_akkoord: usize,
    /// The shift of every date, in days (a multiple of 7).
    pub shift_days: i64,
}

struct Anonymiser {
    shift: Duration,
    names: HashMap<String, String>,
    persons: usize,
    functions: HashMap<String, String>,
    employers: HashMap<String, String>,
    sectors: HashMap<String, String>,
    removed: Removed,
}

impl Anonymiser {
    fn date(&self, d: NaiveDate) -> NaiveDate {
        d + self.shift
    }

    fn opt_date(&self, d: Option<NaiveDate>) -> Option<NaiveDate> {
        d.map(|d| self.date(d))
    }

    /// A free text, replaced; an empty one stays empty.
    fn text(&mut self, t: String) -> String {
        if t.trim().is_empty() {
            return t;
        }
        self.removed.texts += 1;
        REMOVED.to_string()
    }

    fn opt_text(&mut self, t: Option<String>) -> Option<String> {
        t.map(|t| self.text(t))
    }

    fn texts(&mut self, list: Vec<String>) -> Vec<String> {
        list.into_iter().map(|t| self.text(t)).collect()
    }

    /// A person's name: the same name gets the same pseudonym everywhere.
    fn name(&mut self, naam: String) -> String {
        let key = naam.trim().to_lowercase();
        if let Some(p) = self.names.get(&key) {
            return p.clone();
        }
        self.persons += 1;
        self.removed.names += 1;
        let p = format!("Persoon {}", self.persons);
        self.names.insert(key, p.clone());
        p
    }

    fn named(&mut self, naam: &str, role: &str) {
        self.removed.names += 1;
        self.names
            .insert(naam.trim().to_lowercase(), role.to_string());
    }

    fn person(&mut self, p: Persoon) -> Persoon {
        let Persoon { naam, functie } = p;
        // A function (bedrijfsarts, arbeidsdeskundige) is not personal.
        Persoon {
            naam: self.name(naam),
            functie,
        }
    }

    /// "Functie (3)": the same value the same pseudonym. No pseudonym
    /// contains another ("(1)" is not in "(12)"), so the check that an
    /// application's function contains a profile function (or the other
    /// way round) finds only what it found before.
    fn numbered(map: &mut HashMap<String, String>, label: &str, value: String) -> String {
        let key = value.trim().to_lowercase();
        let n = map.len() + 1;
        map.entry(key)
            .or_insert_with(|| format!("{label} ({n})"))
            .clone()
    }

    fn function(&mut self, f: String) -> String {
        Self::numbered(&mut self.functions, "Functie", f)
    }

    fn employer(&mut self, w: String) -> String {
        Self::numbered(&mut self.employers, "Werkgever", w)
    }

    fn sector(&mut self, s: String) -> String {
        Self::numbered(&mut self.sectors, "Sector", s)
    }

    fn profile(&mut self, z: Zoekprofiel) -> Zoekprofiel {
        let Zoekprofiel {
            ingangsdatum,
            onderbouwing,
            reden,
            functies,
            sectoren,
            regio,
            reisafstand_km,
            reistijd_minuten,
            uren_per_week,
            niveau,
        } = z;
        Zoekprofiel {
            ingangsdatum: self.opt_date(ingangsdatum),
            onderbouwing: self.opt_text(onderbouwing),
            reden: self.opt_text(reden),
            functies: functies.into_iter().map(|f| self.function(f)).collect(),
            sectoren: sectoren.into_iter().map(|s| self.sector(s)).collect(),
            regio: self.text(regio),
            reisafstand_km,
            reistijd_minuten,
            uren_per_week,
            // An education level (mbo 3-4) is what the figures compare.
            niveau,
        }
    }
}

/// The profile function an application's function fits by name: in the
/// profile in force on its date first, then in any version.
fn fitting_profile_function(j: &Journal, s: &Sollicitatie) -> Option<String> {
    let functie = s.functie.trim().to_lowercase();
    let fits = |p: &&String| {
        let p = p.trim().to_lowercase();
        !p.is_empty() && (functie.contains(&p) || p.contains(&functie))
    };
    let (_, in_force) = profile_in_force(j, s.datum);
    in_force
        .functies
        .iter()
        .find(fits)
        .or_else(|| {
            std::iter::once(&j.grondslag.zoekprofiel)
                .chain(&j.grondslag.zoekprofielwijzigingen)
                .flat_map(|z| &z.functies)
                .find(fits)
        })
        .cloned()
}

/// The shift of all dates: a whole number of weeks (1 to 8, earlier or
/// later, `pick` choosing among them) that keeps the calendar years of the
/// trajectory's start and end; none if no such shift exists.
pub fn choose_shift(j: &Journal, pick: u64) -> i64 {
    let start = j.traject.startdatum;
    let end = j.traject.einddatum.unwrap_or(start);
    let keeps = |days: i64| {
        let d = Duration::days(days);
        (start + d).year() == start.year() && (end + d).year() == end.year()
    };
    let candidates: Vec<i64> = (1..=8)
        .flat_map(|w: i64| [w * 7, -w * 7])
        .filter(|&d| keeps(d))
        .collect();
    if candidates.is_empty() {
        0
    } else {
        candidates[(pick % candidates.len() as u64) as usize]
    }
}

/// The anonymised journal, dated `on` (the day of anonymisation, not
/// shifted), with all dates shifted by `shift_days`.
pub fn anonymise(
    j: Journal,
    shift_days: i64,
    dossier: String,
    on: NaiveDate,
) -> (Journal, Removed) {
    let mut a = Anonymiser {
        shift: Duration::days(shift_days),
        names: HashMap::new(),
        persons: 0,
        functions: HashMap::new(),
        employers: HashMap::new(),
        sectors: HashMap::new(),
        removed: Removed {
            shift_days,
            ..Removed::default()
        },
    };
    // An application's function that fits a profile function by name
    // (contains it, or is contained in it) takes that function's pseudonym,
    // so it still fits after anonymising.
    let fitting: Vec<Option<String>> = j
        .sollicitaties
        .iter()
        .map(|s| fitting_profile_function(&j, s))
        .collect();
    let Journal {
        versie,
        dossier: _,
        werknemer,
        werkgever,
        bureau,
        ziekteperiodes,
        traject,
        spoor1,
        poortwachter,
        persoonsprofiel,
        trajectplan,
        grondslag,
        activiteiten,
        sollicitaties,
        werkgevercontacten,
        maatregelen,
        deskundigenoordeel,
        voortgangsrapportages,
        eindrapportage,
        verlenging,
        normen,
        privacy_akkoord,
        notities,
        bewaartermijn: _,
        geanonimiseerd: _,
    } = j;

    // The parties first, so their names map to their roles everywhere.
    let Werknemer {
        naam,
        functie,
        uren_per_week,
        bsn,
    } = werknemer;
    a.named(&naam, "Werknemer");
    a.removed.bsn = bsn.is_some();
    let werknemer = Werknemer {
        naam: "Werknemer".into(),
        functie: a.text(functie),
        uren_per_week,
        bsn: None,
    };
    let Werkgever {
        naam,
        contactpersoon,
    } = werkgever;
    a.removed.names += 1;
    a.employers
        .insert(naam.trim().to_lowercase(), "Werkgever".into());
    let Persoon {
        naam: contact_naam,
        functie: contact_functie,
    } = contactpersoon;
    a.named(&contact_naam, "Contactpersoon werkgever");
    let werkgever = Werkgever {
        naam: "Werkgever".into(),
        contactpersoon: Persoon {
            naam: "Contactpersoon werkgever".into(),
            functie: contact_functie,
        },
    };
    let Bureau {
        naam: bureau_naam,
        coach,
    } = bureau;
    let Coach {
        naam: coach_naam,
        functie: coach_functie,
        contact,
    } = coach;
    a.named(&coach_naam, "Coach");
    a.removed.contact = contact.is_some();
    let bureau = Bureau {
        // The bureau's own name is not personal data.
        naam: bureau_naam,
        coach: Coach {
            naam: "Coach".into(),
            functie: coach_functie,
            contact: None,
        },
    };

    let ziekteperiodes = ziekteperiodes
        .into_iter()
        .map(|Ziekteperiode { van, tot }| Ziekteperiode {
            van: a.date(van),
            tot: a.opt_date(tot),
        })
        .collect();
    let Traject {
        aanmelddatum,
        intake,
        startdatum,
        einddatum,
        rapportage,
        urenbudget,
        prijs,
    } = traject;
    let traject = Traject {
        aanmelddatum: a.date(aanmelddatum),
        intake: a.date(intake),
        startdatum: a.date(startdatum),
        einddatum: a.opt_date(einddatum),
        rapportage,
        urenbudget,
        // A price is the bureau's, not the employee's.
        prijs,
    };
    let spoor1 = spoor1.map(|Spoor1 { datum, stand }| Spoor1 {
        datum: a.date(datum),
        stand: a.text(stand),
    });
    let poortwachter = poortwachter.map(|p| Poortwachter {
        probleemanalyse: a.opt_date(p.probleemanalyse),
        plan_van_aanpak: a.opt_date(p.plan_van_aanpak),
        ziekmelding_uwv: a.opt_date(p.ziekmelding_uwv),
        eerstejaarsevaluatie: a.opt_date(p.eerstejaarsevaluatie),
    });

    let persoonsprofiel = persoonsprofiel.map(
        |Persoonsprofiel {
             werkervaring,
             opleiding,
             vaardigheden,
             wensen,
             mobiliteit,
         }| Persoonsprofiel {
            werkervaring: a.texts(werkervaring),
            opleiding: a.texts(opleiding),
            vaardigheden: a.texts(vaardigheden),
            wensen: a.opt_text(wensen),
            mobiliteit: mobiliteit.map(|Mobiliteit { rijbewijs, vervoer }| Mobiliteit {
                rijbewijs: a.opt_text(rijbewijs),
                vervoer: a.opt_text(vervoer),
            }),
        },
    );
    let trajectplan = trajectplan.map(
        |Trajectplan {
             doel,
             fasen,
             rapportage_en_evaluatie,
             verwachte_duur,
             akkoord_werknemer,
             akkoord_werkgever,
             bijstellingen,
             // A signature is personal data: it goes.
             handtekening_werknemer: _,
         }| Trajectplan {
            doel: a.text(doel),
            fasen: fasen
                .into_iter()
                .enumerate()
                .map(
                    |(
                        i,
                        Fase {
                            naam: _,
                            wanneer,
                            inhoud,
                        },
                    )| Fase {
                        naam: format!("Fase {}", i + 1),
                        wanneer: a.opt_text(wanneer),
                        inhoud: a.text(inhoud),
                    },
                )
                .collect(),
            rapportage_en_evaluatie: a.text(rapportage_en_evaluatie),
            // A duration ("7 maanden") is what the figures compare.
            verwachte_duur,
            akkoord_werknemer: a.opt_date(akkoord_werknemer),
            akkoord_werkgever: a.opt_date(akkoord_werkgever),
            bijstellingen: bijstellingen
                .into_iter()
                .map(
                    |Bijstelling {
                         datum,
                         reden,
                         wijziging,
                     }| Bijstelling {
                        datum: a.date(datum),
                        reden: a.text(reden),
                        wijziging: a.text(wijziging),
                    },
                )
                .collect(),
            handtekening_werknemer: None,
        },
    );

    let Grondslag {
        belastbaarheid,
        actueel_oordeel,
        arbeidsdeskundig_advies,
        zoekprofiel,
        zoekprofielwijzigingen,
    } = grondslag;
    let Belastbaarheid {
        bron,
        datum,
        opgesteld_door,
        samenvatting,
    } = belastbaarheid;
    let belastbaarheid = Belastbaarheid {
        // The kind of source (FML, IZP) is not personal.
        bron,
        datum: a.date(datum),
        opgesteld_door: a.person(opgesteld_door),
        samenvatting: a.text(samenvatting),
    };
    let ArbeidsdeskundigAdvies {
        datum,
        opgesteld_door,
        passende_arbeid,
    } = arbeidsdeskundig_advies;
    let arbeidsdeskundig_advies = ArbeidsdeskundigAdvies {
        datum: a.date(datum),
        opgesteld_door: a.person(opgesteld_door),
        passende_arbeid: a.text(passende_arbeid),
    };
    let zoekprofiel = a.profile(zoekprofiel);
    let zoekprofielwijzigingen = zoekprofielwijzigingen
        .into_iter()
        .map(|z| a.profile(z))
        .collect();
    let actueel_oordeel = actueel_oordeel.map(
        |ActueelOordeel {
             datum,
             opgesteld_door,
             samenvatting,
         }| ActueelOordeel {
            datum: a.date(datum),
            opgesteld_door: a.person(opgesteld_door),
            samenvatting: a.text(samenvatting),
        },
    );
    let grondslag = Grondslag {
        belastbaarheid,
        actueel_oordeel,
        arbeidsdeskundig_advies,
        zoekprofiel,
        zoekprofielwijzigingen,
    };

    let activiteiten = activiteiten
        .into_iter()
        .map(
            |Activiteit {
                 datum,
                 soort,
                 omschrijving,
                 duur_minuten,
             }| Activiteit {
                datum: a.date(datum),
                soort,
                omschrijving: a.text(omschrijving),
                duur_minuten,
            },
        )
        .collect();
    let sollicitaties = sollicitaties
        .into_iter()
        .zip(fitting)
        .map(
            |(
                Sollicitatie {
                    datum,
                    werkgever,
                    functie,
                    kanaal,
                    status,
                    resultaat,
                    status_datum,
                    uren_per_week,
                    plaats,
                    afstand_km,
                    profielfunctie,
                    passend_omdat,
                },
                fits,
            )| Sollicitatie {
                datum: a.date(datum),
                werkgever: a.employer(werkgever),
                functie: a.function(fits.unwrap_or(functie)),
                kanaal,
                status,
                resultaat: a.opt_text(resultaat),
                status_datum: a.opt_date(status_datum),
                uren_per_week,
                plaats: a.opt_text(plaats),
                afstand_km,
                profielfunctie: profielfunctie.map(|f| a.function(f)),
                passend_omdat: a.opt_text(passend_omdat),
            },
        )
        .collect();
    let werkgevercontacten = werkgevercontacten
        .into_iter()
        .map(
            |Werkgevercontact {
                 datum,
                 vorm,
                 met,
                 onderwerp,
                 uitkomst,
             }| Werkgevercontact {
                datum: a.date(datum),
                vorm,
                met: a.name(met),
                onderwerp: a.text(onderwerp),
                uitkomst: a.opt_text(uitkomst),
            },
        )
        .collect();
    let maatregelen = maatregelen
        .into_iter()
        .map(
            |Maatregel {
                 datum,
                 soort,
                 omschrijving,
             }| Maatregel {
                datum: a.date(datum),
                soort,
                omschrijving: a.text(omschrijving),
            },
        )
        .collect();
    let deskundigenoordeel = deskundigenoordeel.map(
        |Deskundigenoordeel {
             aanvraagdatum,
             aangevraagd_door,
             vraag,
             uitkomst,
             datum,
             opvolging,
             opvolging_datum,
         }| Deskundigenoordeel {
            aanvraagdatum: a.date(aanvraagdatum),
            // "werkgever" or "werknemer": a role, not a name.
            aangevraagd_door,
            vraag: a.text(vraag),
            uitkomst,
            datum: a.opt_date(datum),
            opvolging: a.opt_text(opvolging),
            opvolging_datum: a.opt_date(opvolging_datum),
        },
    );
    let voortgangsrapportages = voortgangsrapportages
        .into_iter()
        .map(
            |Voortgangsrapportage {
                 periode: Periode { van, tot },
                 datum,
                 auteur,
                 voortgang,
                 belemmeringen,
                 inzet_werknemer,
                 afspraken,
                 visie_werknemer,
                 gezien_door_werknemer,
                 akkoord_werknemer,
                 reactie_coach,
                 verzonden_aan_werkgever,
                 nieuwe_versie,
                 // A signature is personal data: it goes.
                 handtekening_werknemer: _,
                 handtekening_coach: _,
             }| Voortgangsrapportage {
                periode: Periode {
                    van: a.date(van),
                    tot: a.date(tot),
                },
                datum: a.date(datum),
                auteur: a.person(auteur),
                voortgang: a.text(voortgang),
                belemmeringen: a.opt_text(belemmeringen),
                inzet_werknemer: a.text(inzet_werknemer),
                afspraken: a.text(afspraken),
                visie_werknemer: a.opt_text(visie_werknemer),
                gezien_door_werknemer: a.opt_date(gezien_door_werknemer),
                akkoord_werknemer,
                reactie_coach: a.opt_text(reactie_coach),
                verzonden_aan_werkgever: a.opt_date(verzonden_aan_werkgever),
                nieuwe_versie: nieuwe_versie.map(|v| NieuweVersie {
                    datum: a.date(v.datum),
                    reden: a.text(v.reden),
                }),
                handtekening_werknemer: None,
                handtekening_coach: None,
            },
        )
        .collect();
    let eindrapportage = eindrapportage.map(
        |Eindrapportage {
             datum,
             auteur,
             resultaat,
             samenvatting,
             conclusie,
             advies,
             visie_werknemer,
             gezien_door_werknemer,
             akkoord_werknemer,
             reactie_coach,
             verzonden_aan_werkgever,
             nieuwe_versie,
             handtekening_werknemer: _,
             handtekening_coach: _,
         }| Eindrapportage {
            datum: a.date(datum),
            auteur: a.person(auteur),
            resultaat,
            samenvatting: a.text(samenvatting),
            conclusie: a.text(conclusie),
            advies: a.text(advies),
            visie_werknemer: a.opt_text(visie_werknemer),
            gezien_door_werknemer: a.opt_date(gezien_door_werknemer),
            akkoord_werknemer,
            reactie_coach: a.opt_text(reactie_coach),
            verzonden_aan_werkgever: a.opt_date(verzonden_aan_werkgever),
            nieuwe_versie: nieuwe_versie.map(|v| NieuweVersie {
                datum: a.date(v.datum),
                reden: a.text(v.reden),
            }),
            handtekening_werknemer: None,
            handtekening_coach: None,
        },
    );
    let verlenging = verlenging.map(
        |Verlenging {
             eerste_wia_dag,
             besluit,
         }| Verlenging {
            eerste_wia_dag: a.date(eerste_wia_dag),
            besluit: a.opt_date(besluit),
        },
    );
    a.removed.notities = notities.as_deref().is_some_and(|n| !n.trim().is_empty());
    a.removed.privacy_akkoord = privacy_akkoord.len();

    let journal = Journal {
        versie,
        dossier,
        werknemer,
        werkgever,
        bureau,
        ziekteperiodes,
        traject,
        spoor1,
        poortwachter,
        persoonsprofiel,
        trajectplan,
        grondslag,
        activiteiten,
        sollicitaties,
        werkgevercontacten,
        maatregelen,
        deskundigenoordeel,
        voortgangsrapportages,
        eindrapportage,
        verlenging,
        normen: crate::journal::Normen {
            onderbouwing: a.opt_text(normen.onderbouwing),
            sinds: a.opt_date(normen.sinds),
            ..normen
        },
        privacy_akkoord: Vec::new(),
        notities: None,
        bewaartermijn: None,
        geanonimiseerd: Some(on),
    };
    (journal, a.removed)
}

/// The anonymised journal as YAML: fields in the format's order, empty
/// optional fields left out, and a header saying what it is.
pub fn to_yaml(j: &Journal, on: NaiveDate) -> Result<String, serde_yaml::Error> {
    let mut value = serde_yaml::to_value(j)?;
    prune(&mut value);
    let body = serde_yaml::to_string(&value)?;
    Ok(format!(
        "# Geanonimiseerd dossier (spoor2 anonimiseer, {}): zonder namen, BSN,\n\
         # contactgegevens, vrije tekst en notities. Alle datums zijn met hetzelfde\n\
         # aantal weken verschoven; tussenpozen en weekdagen zijn gelijk gebleven.\n{body}",
        crate::dates::long(on)
    ))
}

/// Leaves out nulls and empty lists and maps.
fn prune(v: &mut serde_yaml::Value) {
    use serde_yaml::Value;
    match v {
        Value::Mapping(m) => {
            for (_, child) in m.iter_mut() {
                prune(child);
            }
            m.retain(|_, child| match child {
                Value::Null => false,
                Value::Sequence(s) => !s.is_empty(),
                Value::Mapping(m) => !m.is_empty(),
                _ => true,
            });
        }
        Value::Sequence(s) => s.iter_mut().for_each(prune),
        _ => {}
    }
}

/// Whether a file in an output folder is one of this dossier's documents:
/// its reports, WIA dossier, or their Typst sources.
pub fn is_document_of(file_name: &str, dossier: &str) -> bool {
    let Some(rest) = file_name
        .strip_prefix(dossier)
        .and_then(|r| r.strip_prefix('-'))
    else {
        return false;
    };
    let Some(stem) = rest
        .strip_suffix(".pdf")
        .or_else(|| rest.strip_suffix(".typ"))
    else {
        return false;
    };
    stem == "eindrapportage"
        || stem == "wia-dossier"
        || stem
            .strip_prefix("voortgangsrapportage-")
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_of_a_dossier_and_not_of_a_longer_number() {
        assert!(is_document_of("S2-1-voortgangsrapportage-03.pdf", "S2-1"));
        assert!(is_document_of("S2-1-eindrapportage.typ", "S2-1"));
        assert!(is_document_of("S2-1-wia-dossier.pdf", "S2-1"));
        assert!(!is_document_of("S2-10-eindrapportage.pdf", "S2-1"));
        assert!(!is_document_of("S2-1-notities.pdf", "S2-1"));
        assert!(!is_document_of("S2-1-voortgangsrapportage-.pdf", "S2-1"));
    }

    #[test]
    fn the_shift_is_whole_weeks_and_keeps_the_years_of_start_and_end() {
        let mut j = crate::synthetic::journal(3, 0, 1);
        j.traject.startdatum = "2025-01-06".parse().unwrap();
        j.traject.einddatum = Some("2025-12-22".parse().unwrap());
        for pick in 0..40 {
            let d = choose_shift(&j, pick);
            assert_eq!(d % 7, 0);
            assert_ne!(d, 0);
            let s = j.traject.startdatum + Duration::days(d);
            let e = j.traject.einddatum.unwrap() + Duration::days(d);
            assert_eq!((s.year(), e.year()), (2025, 2025), "{d}");
        }
        // A trajectory from the first to the last week of a year has no
        // room: no shift.
        j.traject.startdatum = "2025-01-02".parse().unwrap();
        j.traject.einddatum = Some("2025-12-29".parse().unwrap());
        assert_eq!(choose_shift(&j, 5), 0);
    }
}
