//! The warnings a document shows the employer: shared by the WIA dossier
//! ([`super::dossier`]) and its assessment through UWV's eyes
//! ([`super::assessment`]).

use serde::Serialize;

use crate::diag::Finding;

#[derive(Debug, Serialize)]
pub struct Melding {
    regel: &'static str,
    tekst: String,
    hulp: Option<String>,
}

/// A warning as the employer reads it: the rule's name, the message and
/// what to do. A privacy warning quotes the flagged word, which must not
/// reach the dossier; it is replaced by a neutral text naming the field.
pub fn melding(f: &Finding) -> Melding {
    let regel = f.rule.unwrap_or("controle");
    let tekst = if regel == "privacy" {
        format!(
            "In het veld {} staat mogelijk medische informatie.",
            if f.path.is_empty() { "?" } else { &f.path }
        )
    } else {
        let mut t = f.message.clone();
        if let Some(first) = t.get(..1) {
            t.replace_range(..1, &first.to_uppercase());
        }
        if !t.ends_with('.') {
            t.push('.');
        }
        t
    };
    Melding {
        regel,
        tekst,
        hulp: f.hint.clone(),
    }
}
