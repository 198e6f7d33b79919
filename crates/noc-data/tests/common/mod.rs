//! Helpers shared by the integration tests: the bundled store and the source CSV reader of the build.
#![allow(dead_code)]

#[path = "../../build/table.rs"]
pub mod table;

use std::sync::OnceLock;

pub fn store() -> &'static noc_data::Store {
    static STORE: OnceLock<noc_data::Store> = OnceLock::new();
    STORE.get_or_init(noc_data::Store::bundled)
}

/// Rows (header removed) of a file under data/noc2021.
pub fn source_rows(rel: &str) -> Vec<Vec<String>> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/noc2021/").to_string() + rel;
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let (_, records) = table::records(&text).unwrap_or_else(|e| panic!("{rel} {e}"));
    records
        .iter()
        .map(|r| r.data.iter().map(str::to_string).collect())
        .collect()
}
