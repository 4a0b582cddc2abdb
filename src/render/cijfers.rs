//! The figures of a span as every document prints them: formatted once from
//! [`snapshot::Counts`](crate::snapshot::Counts), so a figure reads the same
//! on every page.

use serde::Serialize;

use crate::dates::{decimal, duration, hours_of_minutes, long};
use crate::snapshot::{Counts, Gap};

#[derive(Debug, Clone, Serialize)]
pub struct CijfersView {
    pub van: String,
    pub tot: String,
    pub dagen: i64,
    /// Days divided by 7, one decimal: "35,6".
    pub weken: String,
    pub activiteiten: usize,
    pub sollicitaties: usize,
    pub sollicitatieactiviteiten: usize,
    /// Sollicitatieactiviteiten per week, two decimals; absent for a span
    /// under a week.
    pub per_week: Option<String>,
    pub werkgevercontacten: usize,
    /// Hours of the coach, one decimal.
    pub uren: String,
    pub zonder_duur: usize,
    pub zonder_sollicitatie: Option<GatView>,
    /// What the case's norm asks for over the span (its whole weeks).
    pub minimum: usize,
    pub zonder_activiteit: Option<GatView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct GatView {
    pub van: String,
    pub tot: String,
    pub dagen: i64,
    /// "19 weken" or "10 dagen".
    pub duur: String,
}

fn gat(g: &Gap) -> GatView {
    GatView {
        van: long(g.from),
        tot: long(g.to),
        dagen: g.days,
        duur: duration(g.days),
    }
}

pub fn cijfers(c: &Counts, norm: f64) -> CijfersView {
    CijfersView {
        minimum: crate::snapshot::counts::expected(norm, c.days),
        van: long(c.from),
        tot: long(c.to),
        dagen: c.days,
        weken: decimal(c.weeks(), 1),
        activiteiten: c.activities,
        sollicitaties: c.applications,
        sollicitatieactiviteiten: c.application_activities(),
        per_week: c.per_week().map(|p| decimal(p, 2)),
        werkgevercontacten: c.employer_contacts,
        uren: hours_of_minutes(c.minutes),
        zonder_duur: c.without_duration,
        zonder_sollicitatie: c.without_application.as_ref().map(gat),
        zonder_activiteit: c.without_activity.as_ref().map(gat),
    }
}
