//! Exports that people open in a spreadsheet: a table with headers and
//! values in the reviewer's language, as CSV the way LibreOffice and French
//! Excel read it (UTF-8 with a byte-order mark; `;` between French cells,
//! where the comma is the decimal sign), or as an OpenDocument spreadsheet.
//! No cell is ever read as a formula.

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use portal_core::{Locale, Sheet};

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

/// What starts a formula in a spreadsheet's cell.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];
/// What a spreadsheet may take for the end of a cell, whatever the file's
/// own separator: a cell may begin after any of them.
const CELL_ENDS: [char; 5] = [',', ';', '\t', '\n', '\r'];

/// The text with a quote before anything a spreadsheet would take for the
/// start of a formula: at its start, and after any separator a spreadsheet
/// might split it at (spaces after it included), since a reader guessing
/// another separator than the file's would start a cell there.
fn defused(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 1);
    let mut cell_start = true;
    for c in text.chars() {
        if cell_start && FORMULA_STARTS.contains(&c) {
            out.push('\'');
        }
        out.push(c);
        if CELL_ENDS.contains(&c) {
            cell_start = true;
        } else if c != ' ' {
            cell_start = false;
        }
    }
    out
}

/// The table as CSV for readers of `locale`.
pub fn csv(table: &Table, locale: Locale) -> Result<Vec<u8>, ApiError> {
    let delimiter = match locale {
        Locale::Fr => b';',
        Locale::En => b',',
    };
    let mut out = "\u{feff}".as_bytes().to_vec();
    {
        // Every cell quoted: a separator inside one never splits it, for
        // a reader guessing the file's separator wrong too.
        let mut writer = csv::WriterBuilder::new()
            .delimiter(delimiter)
            .quote_style(csv::QuoteStyle::Always)
            .terminator(csv::Terminator::CRLF)
            .from_writer(&mut out);
        writer.write_record(table.headers.iter().map(|h| defused(h)))?;
        for row in &table.rows {
            writer.write_record(row.iter().map(|cell| match cell {
                Cell::Text(text) => defused(text),
                Cell::Number(n) => n.to_string(),
            }))?;
        }
        // Into memory: flushing cannot fail but as the CSV writer says.
        writer.flush().map_err(csv::Error::from)?;
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
    spreadsheet_ods::write_ods_buf(&mut book, Vec::new()).map_err(ApiError::from)
}

/// The download of `table` named `name` (without extension).
pub fn download(
    table: &Table,
    sheet: Sheet,
    locale: Locale,
    name: &str,
) -> Result<Response, ApiError> {
    let body = match sheet {
        Sheet::Csv => csv(table, locale)?,
        Sheet::Ods => ods(table, name)?,
    };
    let disposition = format!("attachment; filename=\"{name}.{}\"", sheet.as_str());
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(sheet.mime())),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&disposition)?,
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
        assert_eq!(lines[0], "\"Nom\";\"Comptes\"");
        assert_eq!(lines[1], "\"Les Jardins; du \"\"Bas\"\"\";\"12\"");
        assert_eq!(lines[2], "\"'=HYPERLINK(\"\"x\"\")\";\"3\"");
        let english = String::from_utf8(csv(&table(), Locale::En).unwrap()).unwrap();
        assert!(english.contains("\"Nom\",\"Comptes\""));
    }

    #[test]
    fn no_cell_starts_a_formula_whatever_separator_the_reader_guesses() {
        let evil = [
            "ACME,=1+1",
            "ACME;=1+1",
            "ACME\t=1+1",
            "ligne\n@SUM(A1)",
            "a, -2+3",
            "+33 6 12 34 56 78",
            "-",
            "=cmd|' /C calc'!A0",
        ];
        let table = Table {
            headers: evil.iter().map(|&e| e.to_owned()).collect(),
            rows: vec![evil.iter().map(|&e| Cell::Text(e.to_owned())).collect()],
        };
        for locale in [Locale::Fr, Locale::En] {
            let bytes = csv(&table, locale).unwrap();
            for delimiter in [b',', b';', b'\t'] {
                let mut reader = csv::ReaderBuilder::new()
                    .delimiter(delimiter)
                    .has_headers(false)
                    .flexible(true)
                    .from_reader(&bytes[3..]);
                let mut cells = 0;
                for record in reader.records() {
                    for cell in record.unwrap().iter() {
                        cells += 1;
                        for line in cell.split(['\n', '\r']) {
                            let start = line.trim_start_matches(' ');
                            assert!(
                                !start.starts_with(['=', '+', '-', '@']),
                                "{locale:?}, read with {:?}: {cell:?}",
                                char::from(delimiter)
                            );
                        }
                    }
                }
                assert!(cells > 0);
            }
        }
        // What is neutralised stays readable.
        assert_eq!(defused("ACME,=1+1"), "ACME,'=1+1");
        assert_eq!(defused("a, -2"), "a, '-2");
        assert_eq!(defused("Jean-Paul"), "Jean-Paul");
    }

    #[test]
    fn an_ods_file_is_an_opendocument_zip() {
        let out = ods(&table(), "Demandes").unwrap();
        assert_eq!(&out[..2], b"PK");
        let text = String::from_utf8_lossy(&out);
        assert!(text.contains("application/vnd.oasis.opendocument.spreadsheet"));
    }
}
