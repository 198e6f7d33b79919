//! The fitted ranker: a sparse linear model (one weight per feature and unit group, most pruned to
//! zero) fitted on the NOC's own titles and their noisy variants by `make model`
//! (`bench/model/fit.py`, see `docs/search-model.md`). It is data, not code: the file
//! `data/search/model-<lang>.bin` is read here and shipped beside the titles.
//!
//! File layout (little-endian; varints are LEB128):
//! `b"NOCM"`, version `u8` = 1, classes `u16`, each class's code `u32`, weight scale `f32`, bias
//! scale `f32`, blend count `u8` and that many `f32` (how the model and the word matcher combine,
//! see `Blend`), each class's bias `i16`, bucket count `u32`, the buckets as ascending varint gaps,
//! each bucket's entry count (varint), each entry's class as a varint gap from the previous entry
//! of its bucket, then each entry's weight `i8`. Streams of one kind sit together because they
//! compress better that way.

use crate::features::BUCKETS;

/// How the model's scores and the word matcher's evidence are combined (fitted on held-out NOC
/// titles by `make model`; read from the file, with these defaults for a file that has fewer).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Blend {
    /// Weight of the word matcher's score, relative to the best title's, in the final score.
    pub engine: f32,
    /// When the word matcher finds nothing, results are shown only if the model's best score is
    /// above this.
    pub floor: f32,
}

impl Default for Blend {
    fn default() -> Blend {
        Blend {
            engine: 1.0,
            floor: 0.0,
        }
    }
}

/// A decoded model: per bucket, a run of (class, weight) entries.
#[derive(Clone, Debug)]
pub struct Model {
    /// Unit-group codes, as numbers (five digits).
    pub(crate) codes: Vec<u32>,
    scale: f32,
    bias: Vec<f32>,
    pub(crate) blend: Blend,
    buckets: Vec<u32>,
    /// Entries of bucket `i`: `starts[i]..starts[i + 1]`.
    starts: Vec<u32>,
    classes: Vec<u16>,
    weights: Vec<i8>,
}

/// Why a model file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelError(pub &'static str);

impl std::fmt::Display for ModelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "search model: {}", self.0)
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let end = self
            .at
            .checked_add(n)
            .filter(|e| *e <= self.bytes.len())
            .ok_or(ModelError("file ends early"))?;
        let out = &self.bytes[self.at..end];
        self.at = end;
        Ok(out)
    }
    fn u8(&mut self) -> Result<u8, ModelError> {
        Ok(self.take(1)?[0])
    }
    fn u16(&mut self) -> Result<u16, ModelError> {
        Ok(u16::from_le_bytes(self.take(2)?.try_into().unwrap()))
    }
    fn u32(&mut self) -> Result<u32, ModelError> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().unwrap()))
    }
    fn f32(&mut self) -> Result<f32, ModelError> {
        let v = f32::from_le_bytes(self.take(4)?.try_into().unwrap());
        if v.is_finite() {
            Ok(v)
        } else {
            Err(ModelError("a number is not finite"))
        }
    }
    fn varint(&mut self) -> Result<u32, ModelError> {
        let mut v: u64 = 0;
        for shift in (0..35).step_by(7) {
            let b = self.u8()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return u32::try_from(v).map_err(|_| ModelError("varint too large"));
            }
        }
        Err(ModelError("varint too long"))
    }
}

impl Model {
    /// Reads a model file; every count and index is checked, so a damaged file is an error, never
    /// a panic or an out-of-range read later.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(4)? != b"NOCM" {
            return Err(ModelError("not a model file"));
        }
        if r.u8()? != 1 {
            return Err(ModelError("unknown version"));
        }
        let n = usize::from(r.u16()?);
        let codes = (0..n).map(|_| r.u32()).collect::<Result<Vec<_>, _>>()?;
        if codes.windows(2).any(|w| w[0] >= w[1]) {
            return Err(ModelError("codes are not ascending"));
        }
        let scale = r.f32()?;
        let bias_scale = r.f32()?;
        let blends = (0..r.u8()?)
            .map(|_| r.f32())
            .collect::<Result<Vec<_>, _>>()?;
        let d = Blend::default();
        let blend = Blend {
            engine: blends.first().copied().unwrap_or(d.engine),
            floor: blends.get(1).copied().unwrap_or(d.floor),
        };
        let bias = (0..n)
            .map(|_| r.u16().map(|b| f32::from(b as i16) * bias_scale))
            .collect::<Result<Vec<_>, _>>()?;
        let nb = r.u32()? as usize;
        if nb > BUCKETS as usize {
            return Err(ModelError("too many buckets"));
        }
        let mut buckets = Vec::with_capacity(nb);
        let mut at = 0u32;
        for i in 0..nb {
            let gap = r.varint()?;
            at = if i == 0 {
                gap
            } else {
                at.checked_add(gap).ok_or(ModelError("bucket overflow"))?
            };
            if at >= BUCKETS || (i > 0 && gap == 0) {
                return Err(ModelError("bucket out of range"));
            }
            buckets.push(at);
        }
        let mut starts = Vec::with_capacity(nb + 1);
        let mut total = 0u32;
        starts.push(0);
        for _ in 0..nb {
            total = total
                .checked_add(r.varint()?)
                .ok_or(ModelError("too many entries"))?;
            if total as usize > bytes.len() {
                return Err(ModelError("more entries than bytes"));
            }
            starts.push(total);
        }
        let mut classes = Vec::with_capacity(total as usize);
        for w in starts.windows(2) {
            let mut c = 0u32;
            for j in 0..(w[1] - w[0]) {
                let gap = r.varint()?;
                c = if j == 0 { gap } else { c + gap };
                if c as usize >= n || (j > 0 && gap == 0) {
                    return Err(ModelError("class out of range"));
                }
                classes.push(c as u16);
            }
        }
        let weights: Vec<i8> = r.take(total as usize)?.iter().map(|b| *b as i8).collect();
        if r.at != bytes.len() {
            return Err(ModelError("trailing bytes"));
        }
        Ok(Model {
            codes,
            scale,
            bias,
            blend,
            buckets,
            starts,
            classes,
            weights,
        })
    }

    /// Number of unit groups the model knows.
    pub fn class_count(&self) -> usize {
        self.codes.len()
    }

    /// Number of non-zero weights.
    pub fn weight_count(&self) -> usize {
        self.weights.len()
    }

    /// Adds each class's score for `features` to `out` (one slot per class), bias included.
    pub(crate) fn score_into(&self, features: &[(u32, f32)], out: &mut [f32]) {
        for (o, b) in out.iter_mut().zip(&self.bias) {
            *o += b;
        }
        for (bucket, value) in features {
            let Ok(i) = self.buckets.binary_search(bucket) else {
                continue;
            };
            let v = value * self.scale;
            for e in self.starts[i] as usize..self.starts[i + 1] as usize {
                out[usize::from(self.classes[e])] += v * f32::from(self.weights[e]);
            }
        }
    }

    /// Each feature's contribution to `class`'s score (for `--explain`): (bucket, value × weight).
    pub(crate) fn contributions(&self, features: &[(u32, f32)], class: usize) -> Vec<(u32, f32)> {
        let mut out = Vec::new();
        for (bucket, value) in features {
            let Ok(i) = self.buckets.binary_search(bucket) else {
                continue;
            };
            for e in self.starts[i] as usize..self.starts[i + 1] as usize {
                if usize::from(self.classes[e]) == class {
                    out.push((*bucket, value * self.scale * f32::from(self.weights[e])));
                }
            }
        }
        out
    }

    /// The class's bias (its prior, in model units).
    pub(crate) fn bias(&self, class: usize) -> f32 {
        self.bias[class]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn varint(out: &mut Vec<u8>, mut v: u32) {
        loop {
            let b = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                out.push(b);
                return;
            }
            out.push(b | 0x80);
        }
    }

    fn tiny() -> Vec<u8> {
        let mut b = b"NOCM".to_vec();
        b.push(1);
        b.extend_from_slice(&2u16.to_le_bytes());
        b.extend_from_slice(&11100u32.to_le_bytes());
        b.extend_from_slice(&63200u32.to_le_bytes());
        b.extend_from_slice(&0.5f32.to_le_bytes());
        b.extend_from_slice(&0.25f32.to_le_bytes());
        b.push(1);
        b.extend_from_slice(&2.0f32.to_le_bytes());
        b.extend_from_slice(&4i16.to_le_bytes());
        b.extend_from_slice(&(-4i16).to_le_bytes());
        b.extend_from_slice(&2u32.to_le_bytes());
        varint(&mut b, 7);
        varint(&mut b, 300);
        varint(&mut b, 2);
        varint(&mut b, 1);
        varint(&mut b, 0);
        varint(&mut b, 1);
        varint(&mut b, 1);
        b.extend_from_slice(&[10u8, (-10i8) as u8, 6]);
        b
    }

    #[test]
    fn reads_and_scores_a_small_model() {
        let m = Model::from_bytes(&tiny()).unwrap();
        assert_eq!(m.class_count(), 2);
        assert_eq!(m.weight_count(), 3);
        assert_eq!(m.blend.engine, 2.0);
        assert_eq!(m.blend.floor, Blend::default().floor);
        let mut s = vec![0.0; 2];
        m.score_into(&[(7, 1.0), (307, 2.0), (9, 5.0)], &mut s);
        // class 0: bias 1 + 1*0.5*10; class 1: bias -1 - 0.5*10 + 2*0.5*6
        assert_eq!(s, vec![6.0, 0.0]);
    }

    #[test]
    fn damaged_files_are_errors_not_panics() {
        let good = tiny();
        for cut in 0..good.len() {
            assert!(Model::from_bytes(&good[..cut]).is_err(), "cut at {cut}");
        }
        for i in 0..good.len() {
            for v in [0u8, 0x7f, 0x80, 0xff] {
                let mut bad = good.clone();
                bad[i] = v;
                let _ = Model::from_bytes(&bad);
            }
        }
        let mut long = good.clone();
        long.push(0);
        assert!(Model::from_bytes(&long).is_err());
    }
}
