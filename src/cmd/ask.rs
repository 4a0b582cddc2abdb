//! Asking a coach for what a command still needs, on a terminal; without
//! one (a script, CI) a missing value is an error naming its option.

use std::io::{BufRead, Write};

use chrono::NaiveDate;

use crate::dates::parse_date;

pub struct Asker<R> {
    interactive: bool,
    stdin: R,
}

impl<R: BufRead> Asker<R> {
    pub fn new(interactive: bool, stdin: R) -> Self {
        Asker { interactive, stdin }
    }

    pub fn text(
        &mut self,
        question: &str,
        given: Option<String>,
        option: &str,
    ) -> Result<String, String> {
        if let Some(v) = given {
            return Ok(v);
        }
        if !self.interactive {
            return Err(format!("{option} ontbreekt ({question})"));
        }
        loop {
            eprint!("{question}: ");
            let _ = std::io::stderr().flush();
            let mut line = String::new();
            match self.stdin.read_line(&mut line) {
                Ok(0) | Err(_) => return Err(format!("{option} ontbreekt ({question})")),
                Ok(_) => {}
            }
            let answer = line.trim();
            if !answer.is_empty() {
                return Ok(answer.to_string());
            }
        }
    }

    pub fn date(
        &mut self,
        question: &str,
        given: Option<NaiveDate>,
        option: &str,
    ) -> Result<NaiveDate, String> {
        if let Some(d) = given {
            return Ok(d);
        }
        loop {
            let text = self.text(question, None, option)?;
            match parse_date(&text, chrono::Local::now().date_naive()) {
                Ok(d) => return Ok(d),
                Err(message) => eprintln!("{message}"),
            }
        }
    }

    /// One of a fixed list of values, offered with the question; a value
    /// not in the list is refused with the nearest allowed one.
    pub fn choice(
        &mut self,
        question: &str,
        given: Option<String>,
        option: &str,
        allowed: &[String],
    ) -> Result<String, String> {
        let question = format!("{question} ({})", allowed.join(", "));
        if let Some(v) = given {
            return one_of(&v, allowed, option);
        }
        loop {
            let text = self.text(&question, None, option)?;
            match one_of(&text, allowed, option) {
                Ok(v) => return Ok(v),
                Err(message) => eprintln!("{message}"),
            }
        }
    }
}

/// `value` if it is one of `allowed` (ignoring case), or a message naming
/// the nearest allowed value.
pub fn one_of(value: &str, allowed: &[String], option: &str) -> Result<String, String> {
    let wanted = value.trim().to_lowercase();
    if let Some(v) = allowed.iter().find(|a| a.to_lowercase() == wanted) {
        return Ok(v.clone());
    }
    let nearest = nearest(&wanted, allowed);
    Err(format!(
        "{option}: '{}' is geen toegestane waarde; bedoelt u '{nearest}'? Kies uit: {}",
        value.trim(),
        allowed.join(", ")
    ))
}

/// The allowed value closest to `value`.
pub fn nearest(value: &str, allowed: &[String]) -> String {
    let value = value.trim().to_lowercase();
    allowed
        .iter()
        .max_by(|a, b| {
            strsim::jaro_winkler(&value, a)
                .partial_cmp(&strsim::jaro_winkler(&value, b))
                .unwrap_or(std::cmp::Ordering::Equal)
        })
        .cloned()
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_outside_the_list_names_the_nearest() {
        let allowed: Vec<String> = ["vacaturesite", "netwerk", "open-sollicitatie"]
            .map(String::from)
            .to_vec();
        assert_eq!(
            one_of("Netwerk", &allowed, "--kanaal"),
            Ok("netwerk".into())
        );
        assert_eq!(
            one_of("vacature site", &allowed, "--kanaal"),
            Err("--kanaal: 'vacature site' is geen toegestane waarde; bedoelt u 'vacaturesite'? Kies uit: vacaturesite, netwerk, open-sollicitatie".into())
        );
    }
}
