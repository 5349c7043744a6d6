//! Exports that people open in a spreadsheet: a table with headers and
//! values in the reviewer's language, as CSV the way LibreOffice and French
//! Excel read it (UTF-8 with a byte-order mark; `;` between French cells,
//! where the comma is the decimal sign), or as an OpenDocument spreadsheet.
//! No cell is ever read as a formula.

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use portal_core::Locale;

use crate::error::ApiError;

/// A cell: text, or a number the spreadsheet can count with.
pub enum Cell {
    Text(String),
    Number(i64),
}

impl From<String> for Cell {
    fn from(text: String) -> Self {
        Cell::Text(text)
    }
}

pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// The two ways out.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Ods,
}

/// A text a spreadsheet would take for a formula gets a quote in front.
fn defused(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// The table as CSV for readers of `locale`.
pub fn csv(table: &Table, locale: Locale) -> Result<Vec<u8>, ApiError> {
    let delimiter = match locale {
        Locale::Fr => b';',
        Locale::En => b',',
    };
    let mut out = "\u{feff}".as_bytes().to_vec();
    {
        let mut writer = csv::WriterBuilder::new()
            .delimiter(delimiter)
            .terminator(csv::Terminator::CRLF)
            .from_writer(&mut out);
        let internal = |e: csv::Error| ApiError::Internal(e.to_string());
        writer
            .write_record(table.headers.iter().map(|h| defused(h)))
            .map_err(internal)?;
        for row in &table.rows {
            writer
                .write_record(row.iter().map(|cell| match cell {
                    Cell::Text(text) => defused(text),
                    Cell::Number(n) => n.to_string(),
                }))
                .map_err(internal)?;
        }
        writer
            .flush()
            .map_err(|e| ApiError::Internal(e.to_string()))?;
    }
    Ok(out)
}

/// The table as an OpenDocument spreadsheet, one sheet named `sheet`.
pub fn ods(table: &Table, sheet: &str) -> Result<Vec<u8>, ApiError> {
    let mut book = spreadsheet_ods::WorkBook::new_empty();
    let mut page = spreadsheet_ods::Sheet::new(sheet);
    for (col, header) in (0u32..).zip(&table.headers) {
        page.set_value(0, col, header.clone());
    }
    for (row, cells) in (1u32..).zip(&table.rows) {
        for (col, cell) in (0u32..).zip(cells) {
            match cell {
                Cell::Text(text) => page.set_value(row, col, text.clone()),
                // Counts of people and gigabytes: exact as floats.
                #[allow(clippy::cast_precision_loss)]
                Cell::Number(n) => page.set_value(row, col, *n as f64),
            }
        }
    }
    book.push_sheet(page);
    spreadsheet_ods::write_ods_buf(&mut book, Vec::new())
        .map_err(|e| ApiError::Internal(e.to_string()))
}

/// The download of `table` named `name` (without extension).
pub fn download(
    table: &Table,
    format: Format,
    locale: Locale,
    name: &str,
) -> Result<Response, ApiError> {
    let (body, kind, extension) = match format {
        Format::Csv => (csv(table, locale)?, "text/csv; charset=utf-8", "csv"),
        Format::Ods => (
            ods(table, name)?,
            "application/vnd.oasis.opendocument.spreadsheet",
            "ods",
        ),
    };
    let disposition = format!("attachment; filename=\"{name}.{extension}\"");
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(kind)),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&disposition)
                    .map_err(|e| ApiError::Internal(e.to_string()))?,
            ),
        ],
        body,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Table {
        Table {
            headers: vec!["Nom".into(), "Comptes".into()],
            rows: vec![
                vec![
                    Cell::Text("Les Jardins; du \"Bas\"".into()),
                    Cell::Number(12),
                ],
                vec![Cell::Text("=HYPERLINK(\"x\")".into()), Cell::Number(3)],
            ],
        }
    }

    #[test]
    fn french_csv_has_a_byte_order_mark_and_semicolons() {
        let out = String::from_utf8(csv(&table(), Locale::Fr).unwrap()).unwrap();
        assert!(out.starts_with('\u{feff}'));
        let lines: Vec<&str> = out.trim_start_matches('\u{feff}').lines().collect();
        assert_eq!(lines[0], "Nom;Comptes");
        assert_eq!(lines[1], "\"Les Jardins; du \"\"Bas\"\"\";12");
        assert_eq!(lines[2], "\"'=HYPERLINK(\"\"x\"\")\";3");
        let english = String::from_utf8(csv(&table(), Locale::En).unwrap()).unwrap();
        assert!(english.contains("Nom,Comptes"));
    }

    #[test]
    fn an_ods_file_is_an_opendocument_zip() {
        let out = ods(&table(), "Demandes").unwrap();
        assert_eq!(&out[..2], b"PK");
        let text = String::from_utf8_lossy(&out);
        assert!(text.contains("application/vnd.oasis.opendocument.spreadsheet"));
    }
}
