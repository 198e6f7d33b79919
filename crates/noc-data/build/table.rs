//! Loading a source CSV with a fixed header; every failure panics naming the file and the row,
//! which is how the build reports broken or missing data.

use crate::csv::{self, Record};
use std::path::{Path, PathBuf};

pub struct Table {
    pub file: String,
    pub header: Vec<String>,
    pub rows: Vec<Record>,
}

/// Reads the files under `data/noc2021`, registering each for `rerun-if-changed` and folding its
/// bytes into the build id.
pub struct SourceDir {
    pub root: PathBuf,
    pub hash: u32,
}

impl SourceDir {
    pub fn new(root: PathBuf) -> SourceDir {
        SourceDir { root, hash: 0x811c_9dc5 }
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
        let bytes = std::fs::read(&path)
            .unwrap_or_else(|e| panic!("data file missing or unreadable: {} ({e})", path.display()));
        self.fold(rel.as_bytes());
        self.fold(&bytes);
        String::from_utf8(bytes).unwrap_or_else(|e| panic!("{rel}: not valid UTF-8 ({e})"))
    }

    /// Loads `rel`, checks the header is exactly `expected` and every row has that many fields.
    pub fn table(&mut self, rel: &str, expected: &[&str]) -> Table {
        let text = self.read(rel);
        let mut records = csv::parse(&text).unwrap_or_else(|e| panic!("{rel}: malformed CSV at {e}"));
        if records.is_empty() {
            panic!("{rel}: empty file");
        }
        let header = records.remove(0).fields;
        if header != expected {
            panic!("{rel}: unexpected header {header:?}, expected {expected:?}");
        }
        for r in &records {
            if r.fields.len() != header.len() {
                panic!("{rel} line {}: {} fields, expected {}", r.line, r.fields.len(), header.len());
            }
        }
        Table { file: rel.to_string(), header, rows: records }
    }
}

impl Table {
    #[allow(dead_code)]
    pub fn col(&self, name: &str) -> usize {
        self.header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("{}: no column {name:?}", self.file))
    }

    pub fn fail(&self, row: &Record, message: impl std::fmt::Display) -> ! {
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
pub fn pad(code: &str, width: usize, table: &Table, row: &Record) -> String {
    let code = code.trim();
    if !is_digits(code) || code.len() > width {
        table.fail(row, format!("code {code:?} is not a number of at most {width} digits"));
    }
    format!("{code:0>width$}")
}

