//! The intensity norms and thresholds of the compliance checks, in one place.
//!
//! None of these is statutory: they are what practice and UWV's assessment
//! look for (see docs/normen.md), so each can be overridden per case in the
//! journal's `normen:` section.

use crate::journal::Journal;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Norms {
    /// Application activities expected per week (activities of the kinds
    /// that count, plus sollicitaties). Default 1.
    pub applications_per_week: f64,
    /// Longest stretch without any activity, in days. Default 14.
    pub max_days_without_activity: i64,
    /// Weeks before the RIV deadline (week 91) at which a missing
    /// eindrapportage is reported. Default 6.
    pub final_report_weeks_before_riv: i64,
    /// Days after a period ends by which its report should exist. Default 14.
    pub report_grace_days: i64,
    /// Weeks after the start by which werknemer and werkgever agreed to the
    /// trajectplan. Default 4.
    pub plan_agreed_weeks: i64,
    /// Longest stretch without contact with the employer, in weeks.
    /// Default 6.
    pub max_weeks_without_employer_contact: i64,
    /// Days after its date by which a report is sent to the employer.
    /// Default 14.
    pub send_days: i64,
    /// Weeks after stagnation within which a measure should follow.
    /// Default 4.
    pub measure_weeks: i64,
}

impl Default for Norms {
    fn default() -> Self {
        Norms {
            applications_per_week: 1.0,
            max_days_without_activity: 14,
            final_report_weeks_before_riv: 6,
            report_grace_days: 14,
            plan_agreed_weeks: 4,
            max_weeks_without_employer_contact: 6,
            send_days: 14,
            measure_weeks: 4,
        }
    }
}

/// Report periods may differ from the cadence by this many days before
/// they count as too long, or a gap between them as a gap.
pub const PERIOD_TOLERANCE_DAYS: i64 = 7;
/// Uncovered days between report periods that are tolerated (a weekend).
pub const GAP_TOLERANCE_DAYS: i64 = 3;

impl Norms {
    pub fn for_journal(j: &Journal) -> Norms {
        let d = Norms::default();
        let n = &j.normen;
        Norms {
            applications_per_week: n
                .sollicitatieactiviteiten_per_week
                .unwrap_or(d.applications_per_week),
            max_days_without_activity: n
                .max_dagen_zonder_activiteit
                .map_or(d.max_days_without_activity, i64::from),
            final_report_weeks_before_riv: n
                .eindrapportage_weken_voor_riv
                .map_or(d.final_report_weeks_before_riv, i64::from),
            report_grace_days: n
                .rapportage_marge_dagen
                .map_or(d.report_grace_days, i64::from),
            plan_agreed_weeks: n.plan_akkoord_weken.map_or(d.plan_agreed_weeks, i64::from),
            max_weeks_without_employer_contact: n
                .max_weken_zonder_werkgevercontact
                .map_or(d.max_weeks_without_employer_contact, i64::from),
            send_days: n.verzendtermijn_dagen.map_or(d.send_days, i64::from),
            measure_weeks: n.maatregel_binnen_weken.map_or(d.measure_weeks, i64::from),
        }
    }
}
