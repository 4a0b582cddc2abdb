//! Findings about a journal and how they are printed.
//!
//! Every message a coach reads names the file, the line and column where
//! known, the field's path, what is wrong and what to do, in Dutch. The format
//! follows compilers (`file:line:col: fout: ...`) so editors can jump to it.

use std::fmt;
use std::path::Path;

/// A 1-based position in a source text (line, column in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Mark {
    pub line: usize,
    pub col: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Blocks rendering.
    Fout,
    /// Reported, but the reports are still made (unless `--strict`).
    Waarschuwing,
    /// Worth knowing, nothing to fix: never blocks, not counted.
    Advies,
}

impl Severity {
    pub fn label(self) -> &'static str {
        match self {
            Severity::Fout => "fout",
            Severity::Waarschuwing => "waarschuwing",
            Severity::Advies => "advies",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub severity: Severity,
    /// Short name of the rule, shown in brackets, e.g. `start-spoor2`.
    pub rule: Option<&'static str>,
    /// Dotted field path, e.g. `activiteiten[3].datum`; empty for the file.
    pub path: String,
    pub mark: Option<Mark>,
    pub message: String,
    pub hint: Option<String>,
}

impl Finding {
    pub fn new(severity: Severity, path: impl Into<String>, message: impl Into<String>) -> Self {
        Finding {
            severity,
            rule: None,
            path: path.into(),
            mark: None,
            message: message.into(),
            hint: None,
        }
    }

    pub fn error(path: impl Into<String>, message: impl Into<String>) -> Self {
        Finding::new(Severity::Fout, path, message)
    }

    pub fn warning(path: impl Into<String>, message: impl Into<String>) -> Self {
        Finding::new(Severity::Waarschuwing, path, message)
    }

    pub fn at(mut self, mark: Option<Mark>) -> Self {
        self.mark = mark;
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn rule(mut self, rule: &'static str) -> Self {
        self.rule = Some(rule);
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Fout
    }

    pub fn is_warning(&self) -> bool {
        self.severity == Severity::Waarschuwing
    }

    /// The finding as printed for a file.
    pub fn display<'a>(&'a self, file: &'a Path) -> impl fmt::Display + 'a {
        FindingDisplay {
            finding: self,
            file,
        }
    }
}

struct FindingDisplay<'a> {
    finding: &'a Finding,
    file: &'a Path,
}

impl fmt::Display for FindingDisplay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Finding {
            severity,
            rule,
            path,
            mark,
            message,
            hint,
        } = self.finding;
        write!(f, "{}", self.file.display())?;
        if let Some(mark) = mark {
            write!(f, ":{}:{}", mark.line, mark.col)?;
        }
        write!(f, ": {}", severity.label())?;
        if let Some(rule) = rule {
            write!(f, "[{rule}]")?;
        }
        write!(f, ": ")?;
        if !path.is_empty() {
            write!(f, "{path}: ")?;
        }
        write!(f, "{message}")?;
        if let Some(hint) = hint {
            write!(f, "\n  hulp: {hint}")?;
        }
        Ok(())
    }
}

/// Sorts findings by position so a coach can work from top to bottom.
pub fn sort(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        (a.mark.is_none(), a.mark, a.severity).cmp(&(b.mark.is_none(), b.mark, b.severity))
    });
}

/// "1 fout", "2 fouten", "1 waarschuwing", "3 waarschuwingen".
pub fn count(n: usize, severity: Severity) -> String {
    match (severity, n) {
        (Severity::Fout, 1) => "1 fout".into(),
        (Severity::Fout, n) => format!("{n} fouten"),
        (Severity::Waarschuwing, 1) => "1 waarschuwing".into(),
        (Severity::Waarschuwing, n) => format!("{n} waarschuwingen"),
        (Severity::Advies, 1) => "1 advies".into(),
        (Severity::Advies, n) => format!("{n} adviezen"),
    }
}

/// The rule for whether a file's documents may be made, and the verdict
/// line `check` prints for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verdict {
    pub errors: usize,
    pub warnings: usize,
    /// `--strict`: warnings count as errors.
    pub strict: bool,
}

impl Verdict {
    pub fn of(findings: &[Finding], strict: bool) -> Self {
        Verdict {
            errors: findings.iter().filter(|f| f.is_error()).count(),
            warnings: findings.iter().filter(|f| f.is_warning()).count(),
            strict,
        }
    }

    /// Errors always block; warnings only with `--strict`.
    pub fn blocks(&self) -> bool {
        self.errors > 0 || (self.strict && self.warnings > 0)
    }

    /// " (--strict: ...)" when only warnings block, else nothing.
    pub fn strict_note(&self) -> &'static str {
        if self.strict && self.errors == 0 && self.warnings > 0 {
            " (--strict: waarschuwingen tellen als fouten)"
        } else {
            ""
        }
    }
}

/// "in orde", "2 fouten, 1 waarschuwing", followed by the strict note.
impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.errors, self.warnings) {
            (0, 0) => write!(f, "in orde")?,
            (0, w) => write!(f, "{}", count(w, Severity::Waarschuwing))?,
            (e, 0) => write!(f, "{}", count(e, Severity::Fout))?,
            (e, w) => write!(
                f,
                "{}, {}",
                count(e, Severity::Fout),
                count(w, Severity::Waarschuwing)
            )?,
        }
        f.write_str(self.strict_note())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_file_place_path_and_hint() {
        let f = Finding::error("traject.intake", "de intake ligt vóór de aanmelddatum")
            .at(Some(Mark { line: 14, col: 11 }))
            .hint("zet de intake op of na de aanmelddatum");
        assert_eq!(
            f.display(Path::new("a.yaml")).to_string(),
            "a.yaml:14:11: fout: traject.intake: de intake ligt vóór de aanmelddatum\n  hulp: zet de intake op of na de aanmelddatum"
        );
    }

    #[test]
    fn the_verdict_blocks_on_errors_and_on_warnings_only_when_strict() {
        let error = Finding::error("a", "x");
        let warning = Finding::warning("b", "y");
        let verdict = |f: &[Finding], strict| {
            let v = Verdict::of(f, strict);
            (v.blocks(), v.to_string())
        };
        assert_eq!(verdict(&[], true), (false, "in orde".into()));
        assert_eq!(
            verdict(std::slice::from_ref(&warning), false),
            (false, "1 waarschuwing".into())
        );
        assert_eq!(
            verdict(std::slice::from_ref(&warning), true),
            (
                true,
                "1 waarschuwing (--strict: waarschuwingen tellen als fouten)".into()
            )
        );
        assert_eq!(
            verdict(&[error.clone(), error, warning], true),
            (true, "2 fouten, 1 waarschuwing".into())
        );
    }

    #[test]
    fn counts_are_dutch_plurals() {
        assert_eq!(count(1, Severity::Fout), "1 fout");
        assert_eq!(count(0, Severity::Fout), "0 fouten");
        assert_eq!(count(2, Severity::Waarschuwing), "2 waarschuwingen");
    }
}
