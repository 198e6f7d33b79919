//! Pieces the model examples share (`model_data`, `model_blend`): a seeded random generator and
//! which titles are held out to fit the blend on.
#![allow(dead_code)]

use noc_search::DocKind;

/// FNV-1a, 64-bit: a stable seed from text.
pub fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// One "all examples" title in ten is held out of the held-out model and of the word index the blend
/// is fitted with, and is asked for instead (with its variants).
pub fn is_held_out(title: &str, kind: DocKind) -> bool {
    kind == DocKind::Example && fnv(title) % 10 == 3
}

/// xorshift64*: small, deterministic, good enough to pick variants.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed | 1)
    }
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    /// Uniform in 0..n (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() >> 33) as usize % n
    }
}
