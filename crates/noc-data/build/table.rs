//! Loading a source CSV (the `csv` crate) into typed rows: one `serde` struct per file, whose field
//! names are the file's header. Every failure panics naming the file and the line, which is how the
//! build reports broken or missing data.

use serde::de::DeserializeOwned;
use std::path::{Path, PathBuf};

/// One data row and the 1-based physical line it starts on (the header is line 1).
pub struct Row<R> {
    pub line: usize,
    pub data: R,
}

impl<R> std::ops::Deref for Row<R> {
    type Target = R;
    fn deref(&self) -> &R {
        &self.data
    }
}

pub struct Table<R> {
    pub file: String,
    pub rows: Vec<Row<R>>,
}

/// Reads the files under `data/noc2021`, registering each for `rerun-if-changed` and folding its
/// bytes into the build id.
pub struct SourceDir {
    pub root: PathBuf,
    pub hash: u32,
}

impl SourceDir {
    pub fn new(root: PathBuf) -> SourceDir {
        SourceDir {
            root,
            hash: 0x811c_9dc5,
        }
    }

    /// Folds a file of the compiler itself into the build id (a changed encoder changes the id).
    pub fn hash_code_file(&mut self, path: &Path) {
        let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        self.fold(&bytes);
    }

    fn fold(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.hash ^= *b as u32;
            self.hash = self.hash.wrapping_mul(0x0100_0193);
        }
    }

    pub fn read(&mut self, rel: &str) -> String {
        let path = self.root.join(rel);
        println!("cargo:rerun-if-changed={}", path.display());
        let bytes = std::fs::read(&path).unwrap_or_else(|e| {
            panic!("data file missing or unreadable: {} ({e})", path.display())
        });
        self.fold(rel.as_bytes());
        self.fold(&bytes);
        String::from_utf8(bytes).unwrap_or_else(|e| panic!("{rel}: not valid UTF-8 ({e})"))
    }

    /// Loads `rel`, checks the header is exactly `expected`, and reads every row as an `R`.
    pub fn table<R: DeserializeOwned>(&mut self, rel: &str, expected: &[&str]) -> Table<R> {
        let text = self.read(rel);
        let (_, rows) = parse(&text, expected).unwrap_or_else(|e| panic!("{rel} {e}"));
        Table {
            file: rel.to_string(),
            rows,
        }
    }
}

/// Parses CSV text (RFC 4180; a leading byte-order mark, CRLF or LF, quoted fields with doubled
/// quotes and line breaks, which are kept as LF; blank lines are skipped) into the header and typed
/// rows. Errors start with `line N:` (or `header:`).
pub fn parse<R: DeserializeOwned>(
    text: &str,
    expected: &[&str],
) -> Result<(Vec<String>, Vec<Row<R>>), String> {
    let (header, records) = records(text)?;
    if header != expected {
        return Err(format!(
            "header: unexpected header {header:?}, expected {expected:?}"
        ));
    }
    let names = csv::StringRecord::from(header.clone());
    let mut rows = Vec::with_capacity(records.len());
    for Row { line, data } in records {
        let data: R = data.deserialize(Some(&names)).map_err(|e| match e.kind() {
            // Name the column, not its index.
            csv::ErrorKind::Deserialize { err, .. } => {
                match err.field().and_then(|i| header.get(i as usize)) {
                    Some(column) => format!("line {line}: column {column:?}: {}", err.kind()),
                    None => format!("line {line}: {}", err.kind()),
                }
            }
            _ => format!("line {line}: {}", reason(&e)),
        })?;
        rows.push(Row { line, data });
    }
    Ok((header, rows))
}

/// The header and the records as text fields, each with the line it starts on; every record has
/// as many fields as the header.
pub fn records(text: &str) -> Result<(Vec<String>, Vec<Row<csv::StringRecord>>), String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // One line-break convention, inside quoted fields too (the card text uses LF).
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(text.as_bytes());
    let header: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(str::to_string).collect(),
        Err(e) => return Err(format!("header: {}", reason(&e))),
    };
    if header.is_empty() || header == [""] {
        return Err("header: empty file".into());
    }
    let mut rows = Vec::new();
    // Lines are counted here: the csv crate does not count the blank lines it skips.
    let (mut counted_to, mut line_at) = (0usize, 1usize);
    let mut line_of = |mut byte: usize| {
        // A record's position is before the blank lines skipped ahead of it.
        while text.as_bytes().get(byte) == Some(&b'\n') {
            byte += 1;
        }
        line_at += text.as_bytes()[counted_to..byte]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        counted_to = byte;
        line_at
    };
    loop {
        let start = reader.position().byte() as usize;
        let mut record = csv::StringRecord::new();
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let line = e
                    .position()
                    .map(|p| line_of(p.byte() as usize))
                    .unwrap_or(0);
                return Err(format!("line {line}: {}", reason(&e)));
            }
        }
        let line = record
            .position()
            .map(|p| line_of(p.byte() as usize))
            .unwrap_or(0);
        let end = reader.position().byte() as usize;
        if !quotes_well_formed(&text.as_bytes()[start..end]) {
            return Err(format!(
                "line {line}: malformed CSV: a quote is not closed, stands inside an unquoted field, or is followed by text"
            ));
        }
        rows.push(Row { line, data: record });
    }
    Ok((header, rows))
}

/// The csv crate reads a stray quote as text, text after a closing quote as more of the field, and
/// an unclosed quote to the end of the file. The sources must not do any of that: a quote opens a
/// field, a doubled quote inside it stands for one, and the closing quote ends the field.
fn quotes_well_formed(record: &[u8]) -> bool {
    let (mut quoted, mut field_start) = (false, true);
    let mut bytes = record.iter().peekable();
    while let Some(&b) = bytes.next() {
        match (quoted, b) {
            (true, b'"') if bytes.peek() == Some(&&b'"') => {
                bytes.next();
            }
            (true, b'"') => {
                if !matches!(bytes.peek(), None | Some(b',') | Some(b'\n')) {
                    return false;
                }
                quoted = false;
            }
            (true, _) => {}
            (false, b'"') if field_start => quoted = true,
            (false, b'"') => return false,
            (false, b',' | b'\n') => {}
            (false, _) => {}
        }
        field_start = !quoted && matches!(b, b',' | b'\n');
    }
    !quoted
}

/// The message of a csv error without the position (which the caller states as `line N`).
fn reason(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("{len} fields, expected {expected_len}"),
        csv::ErrorKind::Utf8 { err, .. } => format!("not valid UTF-8 ({err})"),
        csv::ErrorKind::Deserialize { err, .. } => err.to_string(),
        _ => e.to_string(),
    }
}

impl<R> Table<R> {
    pub fn fail(&self, row: &Row<R>, message: impl std::fmt::Display) -> ! {
        panic!("{} line {}: {message}", self.file, row.line)
    }

    pub fn expect_rows(&self, n: usize) {
        if self.rows.len() != n {
            panic!("{}: {} data rows, expected {n}", self.file, self.rows.len());
        }
    }
}

pub fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// Left-pads a code that lost its leading zeros ("10" → "00010").
pub fn pad<R>(code: &str, width: usize, table: &Table<R>, row: &Row<R>) -> String {
    let code = code.trim();
    if !is_digits(code) || code.len() > width {
        table.fail(
            row,
            format!("code {code:?} is not a number of at most {width} digits"),
        );
    }
    format!("{code:0>width$}")
}
