//! Rounds of invitations: `data/ircc/ee_rounds_123_en.json` (IRCC's feed) and
//! `ee_rounds_supplement.json` (same format), validated by `ee_rules::rounds` and encoded compactly.
//! A record that cannot be read stops the build with the round and the field.

use ee_rules::rounds::{self, Field, Round};

use crate::table::SourceDir;

pub const FEED: &str = "ee_rounds_123_en.json";
pub const SUPPLEMENT: &str = "ee_rounds_supplement.json";

/// Every round of one feed file, in the file's order.
pub fn parse_feed(file: &str, text: &str, source: &str) -> Result<Vec<Round>, String> {
    let json: serde_json::Value =
        serde_json::from_str(text).map_err(|e| format!("{file}: not JSON ({e})"))?;
    let list = json
        .get("rounds")
        .and_then(|r| r.as_array())
        .ok_or_else(|| format!("{file}: no \"rounds\" list"))?;
    list.iter()
        .enumerate()
        .map(|(i, record)| {
            let object = record
                .as_object()
                .ok_or_else(|| format!("{file}: record {} is not an object", i + 1))?;
            let field = |name: &str| match object.get(name) {
                None => Field::Missing,
                Some(serde_json::Value::String(s)) => Field::Text(s.as_str()),
                Some(_) => Field::NotText,
            };
            rounds::round_from_fields(i + 1, &field, source).map_err(|e| format!("{file}: {e}"))
        })
        .collect()
}

/// The feed and the supplement, newest first; supplement rounds the feed also has are dropped.
pub fn load(src: &mut SourceDir) -> Vec<Round> {
    src.read("PROVENANCE.md");
    let feed_text = src.read(FEED);
    let supplement_text = src.read(SUPPLEMENT);
    let mut all = parse_feed(
        FEED,
        &feed_text,
        "IRCC rounds feed (data/ircc/ee_rounds_123_en.json)",
    )
    .unwrap_or_else(|e| panic!("data/ircc/{e}"));
    let supplement = parse_feed(
        SUPPLEMENT,
        &supplement_text,
        "IRCC rounds feed, later copy (data/ircc/ee_rounds_supplement.json)",
    )
    .unwrap_or_else(|e| panic!("data/ircc/{e}"));
    for r in supplement {
        if !all.iter().any(|f| f.label == r.label) {
            all.push(r);
        }
    }
    rounds::sort_and_check(&mut all).unwrap_or_else(|e| panic!("data/ircc: {e}"));
    all
}
