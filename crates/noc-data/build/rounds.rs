//! Rounds of invitations: `data/ircc/ee_rounds_123_en.json` (IRCC's feed) and
//! `ee_rounds_supplement.json` (same format), read by `src/feed.rs` and encoded by
//! `src/rounds_bin.rs`, the files the library and `noc rounds` use. A record that cannot be read
//! stops the build with the round and the field.

use ee_rules::Round;

use crate::feed::{self, FEED, FEED_SOURCE, SUPPLEMENT, SUPPLEMENT_SOURCE};
use crate::table::SourceDir;

/// The feed and the supplement, newest first; supplement rounds the feed also has are dropped.
pub fn load(src: &mut SourceDir) -> Vec<Round> {
    src.read("PROVENANCE.md");
    let read = |src: &mut SourceDir, file: &str, source: &str| {
        let text = src.read(file);
        feed::parse_feed(file, &text, source).unwrap_or_else(|e| panic!("data/ircc/{e}"))
    };
    let all = read(src, FEED, FEED_SOURCE);
    let supplement = read(src, SUPPLEMENT, SUPPLEMENT_SOURCE);
    feed::merge(all, supplement).unwrap_or_else(|e| panic!("data/ircc: {e}"))
}

/// `rounds.bin`'s bytes, checked to decode back to the same rounds.
pub fn encode(rounds: &[Round]) -> Vec<u8> {
    let bytes = crate::rounds_bin::encode(rounds);
    let back = crate::rounds_bin::decode(&bytes).unwrap_or_else(|e| panic!("rounds.bin: {e}"));
    assert!(
        back == rounds,
        "rounds.bin does not decode to the rounds it encodes"
    );
    bytes
}
