//! Reading a spreadsheet the employee kept (.xlsx, .ods with calamine;
//! .csv with `;` or `,` with the csv crate) into rows of cells, and turning
//! rows into applications: Dutch column headers recognised, Dutch dates and
//! Excel date numbers understood, and every row that cannot be taken
//! skipped with the reason.

use std::path::Path;

use chrono::{Duration, NaiveDate};

/// One cell as read.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Date(NaiveDate),
}

impl Cell {
    fn text(&self) -> Option<String> {
        match self {
            Cell::Empty => None,
            Cell::Text(t) => Some(t.trim().to_string()).filter(|t| !t.is_empty()),
            Cell::Number(n) if n.fract() == 0.0 => Some(format!("{}", *n as i64)),
            Cell::Number(n) => Some(n.to_string()),
            Cell::Date(d) => Some(d.format("%d-%m-%Y").to_string()),
        }
    }
}

/// The first sheet (or the CSV file) as rows; `None` with a Dutch reason
/// when the file cannot be read.
pub fn read_rows(path: &Path) -> Result<Vec<Vec<Cell>>, String> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    match ext.as_str() {
        "csv" | "txt" => read_csv(path),
        "xlsx" | "xlsm" | "xls" | "ods" => read_sheet(path),
        _ => Err("het bestand is geen .xlsx, .ods of .csv".into()),
    }
}

fn read_sheet(path: &Path) -> Result<Vec<Vec<Cell>>, String> {
    use calamine::{Data, Reader};
    let mut book = calamine::open_workbook_auto(path)
        .map_err(|e| format!("het werkblad kan niet worden gelezen: {e}"))?;
    let range = book
        .worksheet_range_at(0)
        .ok_or("het bestand heeft geen werkblad")?
        .map_err(|e| format!("het werkblad kan niet worden gelezen: {e}"))?;
    Ok(range
        .rows()
        .map(|row| {
            row.iter()
                .map(|cell| match cell {
                    Data::Empty => Cell::Empty,
                    Data::String(s) => Cell::Text(s.clone()),
                    Data::Int(n) => Cell::Number(*n as f64),
                    Data::Float(f) => Cell::Number(*f),
                    Data::Bool(b) => Cell::Text(b.to_string()),
                    Data::DateTime(d) => excel_date(d.as_f64()).map_or(Cell::Empty, Cell::Date),
                    Data::DateTimeIso(s) => s
                        .get(..10)
                        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
                        .map_or_else(|| Cell::Text(s.clone()), Cell::Date),
                    Data::DurationIso(s) => Cell::Text(s.clone()),
                    Data::Error(_) => Cell::Empty,
                })
                .collect()
        })
        .collect())
}

fn read_csv(path: &Path) -> Result<Vec<Vec<Cell>>, String> {
    let bytes = std::fs::read(path).map_err(|e| {
        format!(
            "kan het bestand niet lezen: {}",
            crate::output::io_reason(&e)
        )
    })?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let text = std::str::from_utf8(bytes).map_err(|_| {
        "het bestand is geen UTF-8; sla het in de spreadsheet op als 'CSV UTF-8'".to_string()
    })?;
    // Dutch spreadsheets separate with `;`, others with `,`: the one the
    // header line uses most.
    let header = text.lines().next().unwrap_or("");
    let delimiter = if header.matches(';').count() >= header.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| format!("het CSV-bestand kan niet worden gelezen: {e}"))?;
        rows.push(
            record
                .iter()
                .map(|f| {
                    if f.trim().is_empty() {
                        Cell::Empty
                    } else {
                        Cell::Text(f.to_string())
                    }
                })
                .collect(),
        );
    }
    Ok(rows)
}

/// An Excel date number (days since 30 December 1899) as a date, within
/// the years a journal can hold.
pub fn excel_date(serial: f64) -> Option<NaiveDate> {
    if !(36526.0..=73051.0).contains(&serial) {
        return None; // 2000-01-01 ..= 2099-12-31
    }
    NaiveDate::from_ymd_opt(1899, 12, 30).map(|base| base + Duration::days(serial.floor() as i64))
}

/// A date cell: a date, an Excel date number (also as text, from a CSV),
/// or a Dutch or ISO date as text.
pub fn date_of(cell: &Cell) -> Option<NaiveDate> {
    match cell {
        Cell::Date(d) => Some(*d),
        Cell::Number(n) => excel_date(*n),
        Cell::Text(t) => {
            let t = t.trim();
            if let Ok(n) = t.parse::<f64>() {
                return excel_date(n);
            }
            let today = NaiveDate::from_ymd_opt(2000, 1, 1)?;
            crate::dates::parse_date(t, today)
                .ok()
                .filter(|_| !matches!(t.to_lowercase().as_str(), "vandaag" | "gisteren"))
        }
        Cell::Empty => None,
    }
}

/// The fields of an application or an activity, and the headers
/// recognised for each.
pub const FIELDS: [(&str, &[&str]); 9] = [
    (
        "datum",
        &[
            "datum",
            "date",
            "sollicitatiedatum",
            "verstuurd op",
            "verstuurdop",
        ],
    ),
    (
        "werkgever",
        &[
            "werkgever",
            "bedrijf",
            "bedrijfsnaam",
            "organisatie",
            "company",
        ],
    ),
    (
        "functie",
        &["functie", "vacature", "functietitel", "functienaam"],
    ),
    ("kanaal", &["kanaal", "via", "bron"]),
    ("status", &["status", "stand"]),
    (
        "resultaat",
        &[
            "resultaat",
            "reactie",
            "toelichting",
            "opmerking",
            "opmerkingen",
        ],
    ),
    ("soort", &["soort", "activiteit", "type"]),
    ("omschrijving", &["omschrijving", "beschrijving", "wat"]),
    (
        "duur",
        &["duur", "minuten", "duur (min)", "duur in minuten"],
    ),
];

/// Which column holds which field, from the header row and the coach's
/// `--kolom veld=Kop` mappings (which win).
pub fn columns(header: &[Cell], mappings: &[(String, String)]) -> Vec<(&'static str, usize)> {
    let names: Vec<String> = header
        .iter()
        .map(|c| c.text().unwrap_or_default().to_lowercase())
        .collect();
    FIELDS
        .iter()
        .filter_map(|(field, known)| {
            let by_mapping = mappings
                .iter()
                .find(|(f, _)| f == field)
                .and_then(|(_, kop)| names.iter().position(|n| *n == kop.trim().to_lowercase()));
            let by_name = || names.iter().position(|n| known.contains(&n.trim()));
            by_mapping.or_else(by_name).map(|i| (*field, i))
        })
        .collect()
}

/// The text of a row's cell for a field, if the column exists.
pub fn field(row: &[Cell], columns: &[(&'static str, usize)], name: &str) -> Option<Cell> {
    let (_, i) = columns.iter().find(|(f, _)| *f == name)?;
    row.get(*i).cloned().filter(|c| *c != Cell::Empty)
}

/// A cell as trimmed text.
pub fn text_of(cell: Option<Cell>) -> Option<String> {
    cell.and_then(|c| c.text())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_come_as_excel_numbers_dutch_text_or_dates() {
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd);
        assert_eq!(excel_date(46121.0), d(2026, 4, 9));
        assert_eq!(date_of(&Cell::Text("46121".into())), d(2026, 4, 9));
        assert_eq!(date_of(&Cell::Text("09-04-2026".into())), d(2026, 4, 9));
        assert_eq!(date_of(&Cell::Text("2026-04-09".into())), d(2026, 4, 9));
        assert_eq!(date_of(&Cell::Number(12.0)), None);
        assert_eq!(date_of(&Cell::Text("vandaag".into())), None);
        assert_eq!(date_of(&Cell::Text("binnenkort".into())), None);
    }
}
