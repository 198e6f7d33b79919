//! Fuzz target for the data decoder: `Store::insert` of a corrupted, truncated or random blob must
//! return an error (never panic), and whatever it accepts must be safe to read: directory, titles,
//! duties, concordance and occupation cards built from it must not panic either.
//!
//! Input layout (small, so libFuzzer can reach deep into the real multi-kilobyte blobs):
//!   byte 0: which file of `noc_data::FILES` (0–127 a shared file, 128–255 a per-unit-group file); byte 1: mode (0 = the rest is the blob, 1 = the real
//!   blob with byte edits, 2 = the real blob truncated, then edited); the rest: 4-byte edits
//!   (3 bytes position scaled to the blob length, 1 byte value) or raw bytes.
#![cfg_attr(feature = "libfuzzer", no_main)]

use noc_data::{bundled_bytes, Lang, Store, FILES};

fn lang_of(file: &str) -> Lang {
    if file.starts_with("fr/") { Lang::Fr } else { Lang::En }
}

/// The blob the input describes, and its file name.
fn blob(data: &[u8]) -> Option<(&'static str, Vec<u8>)> {
    let (&pick, rest) = data.split_first()?;
    let (&mode, rest) = rest.split_first()?;
    // Shared files (no code in the name) and per-unit-group files (`cards-<code>`, `facts-<code>`)
    // each get half of the byte, so the eight shared files are reached as often as the 1,542 others.
    let (per_unit, shared): (Vec<&'static str>, Vec<&'static str>) = FILES.iter().partition(|f| f.contains('-'));
    let name = match pick {
        0..=127 => shared[pick as usize % shared.len()],
        _ => per_unit[(pick as usize - 128) * per_unit.len() / 128],
    };
    let real = bundled_bytes(name).expect("every file is bundled");
    let mut bytes = match mode % 3 {
        0 => return Some((name, rest.to_vec())),
        1 => real.to_vec(),
        _ => {
            let cut = rest.get(..3).map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], 0]) as usize);
            real[..cut % (real.len() + 1)].to_vec()
        }
    };
    if !bytes.is_empty() {
        for edit in rest.chunks_exact(4) {
            let at = u32::from_le_bytes([edit[0], edit[1], edit[2], 0]) as usize % bytes.len();
            bytes[at] = edit[3];
        }
    }
    Some((name, bytes))
}

/// Must never panic. Returns whether the decoder accepted the blob.
fn check(data: &[u8]) -> bool {
    let Some((name, bytes)) = blob(data) else { return false };
    let mut store = Store::new();
    if let Err(e) = store.insert(name, &bytes) {
        assert!(!e.to_string().is_empty(), "empty error message for {name}");
        return false;
    }
    assert!(store.is_loaded(name));
    let lang = lang_of(name);
    // Companions a card needs, from the real data, unless the fuzzed blob stands in for them.
    let units = {
        if name != format!("{}/directory.bin", lang.code()) {
            let dir = format!("{}/directory.bin", lang.code());
            store.insert(&dir, bundled_bytes(&dir).unwrap()).expect("real directory");
        }
        store.unit_groups(lang)
    };
    // The unit group of a per-unit file, else the first 40 (by the accepted directory).
    let own = name.rsplit_once('-').and_then(|(_, r)| r.strip_suffix(".bin")).map(str::to_string);
    let codes: Vec<String> = match own {
        Some(code) => vec![code],
        None => units.iter().take(40).map(|u| u.code.clone()).collect(),
    };
    for code in &codes {
        for companion in Store::files_for_card(code, lang) {
            if companion != name {
                if let Some(real) = bundled_bytes(companion) {
                    store.insert(companion, real).expect("real companion file");
                }
            }
        }
        if let Ok(card) = store.card(code, lang) {
            serde_json::to_string(&card).expect("a card serializes");
        }
    }
    // Unknown and malformed codes on whatever was accepted.
    for code in ["", "2", "22220", "99999", "0001", "x2222"] {
        let _ = store.card(code, lang);
    }
    let _ = (store.titles(lang).len(), store.duties(lang).len(), store.concordance().len(), store.classes(lang).len());
    true
}

#[cfg(feature = "libfuzzer")]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    check(data);
});

#[cfg(not(feature = "libfuzzer"))]
fn main() {
    use proptest::prelude::*;
    let seconds: u64 = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(60);
    // A target byte, a mode, then the edit bytes: few edits mostly, so some corrupted blobs still
    // decode and reach the card code.
    let inputs = (any::<u8>(), 0u8..3).prop_flat_map(|(target, mode)| {
        let lengths: Vec<usize> = match mode {
            0 => (0..300).collect(),
            2 => (0..4).map(|k| 4 * k + 3).collect(),
            _ => (0..4).map(|k| 4 * k).collect(),
        };
        prop::sample::select(lengths)
            .prop_flat_map(|len| prop::collection::vec(any::<u8>(), len))
            .prop_map(move |rest| [vec![target, mode], rest].concat())
    });
    let run = stable::run(0xDA7A, seconds, 16, inputs, check);
    println!(
        "data_decoder: {} blobs in {seconds} s ({} accepted by the decoder), no panic",
        run.inputs, run.passed
    );
}

#[cfg(not(feature = "libfuzzer"))]
#[path = "../src/stable.rs"]
mod stable;
