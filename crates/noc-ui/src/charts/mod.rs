//! SVG charts drawn by yew (no `style=` attributes: colours, strokes and sizes come from classes in
//! `static/css`). Each chart is an image with a text summary for screen readers; its data is also
//! in a table the reader can reach (next to the chart, or in a `<details>` below it).
//!
//! * `cutoffs` — the calculator's cut-offs of the last 24 months by round type, the reader's score
//!   as a line, PNP rounds apart;
//! * `pool` — the pool distribution with the reader's band marked;
//! * `wages` — the card's wages by province as low–median–high ranges;
//! * `skills` — the card's skills profile (top skills, work context) as bars on their OaSIS scales.
pub mod cutoffs;
pub mod pool;
pub mod skills;
pub mod wages;

/// A linear scale from a data domain onto a pixel range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    pub d0: f64,
    pub d1: f64,
    pub r0: f64,
    pub r1: f64,
}

impl Scale {
    pub fn new(d0: f64, d1: f64, r0: f64, r1: f64) -> Scale {
        let d1 = if (d1 - d0).abs() < f64::EPSILON {
            d0 + 1.0
        } else {
            d1
        };
        Scale { d0, d1, r0, r1 }
    }

    pub fn at(&self, v: f64) -> f64 {
        self.r0 + (v - self.d0) / (self.d1 - self.d0) * (self.r1 - self.r0)
    }
}

/// Round numbers for an axis from `lo` to `hi`, about `n` of them.
pub fn ticks(lo: f64, hi: f64, n: usize) -> Vec<f64> {
    let span = (hi - lo).max(1.0);
    let raw = span / n.max(1) as f64;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag);
    let mut out = Vec::new();
    let mut v = (lo / step).ceil() * step;
    while v <= hi + 1e-9 {
        out.push(v);
        v += step;
    }
    out
}

/// One decimal at most, no trailing zero: SVG coordinates stay short.
/// (Integer arithmetic: core's float formatter would cost the card-only build about 16 KB.)
pub fn n(v: f64) -> String {
    let tenths = (v * 10.0).round() as i64;
    if tenths % 10 == 0 {
        format!("{}", tenths / 10)
    } else {
        let sign = if tenths < 0 { "-" } else { "" };
        format!("{sign}{}.{}", (tenths / 10).abs(), (tenths % 10).abs())
    }
}

/// A marker path centred on (x, y): a different shape per series, so colour is never the only cue.
pub fn marker(shape: usize, x: f64, y: f64) -> String {
    let r = 3.6;
    // `r` as the paths write it (a string: formatting the f64 would pull in core's float formatter).
    let rr = "3.6";
    match shape % 6 {
        0 => format!(
            "M{} {}a{rr} {rr} 0 1 0 {} 0a{rr} {rr} 0 1 0 {} 0",
            n(x - r),
            n(y),
            n(2.0 * r),
            n(-2.0 * r)
        ),
        1 => format!(
            "M{} {}h{}v{}h{}z",
            n(x - r),
            n(y - r),
            n(2.0 * r),
            n(2.0 * r),
            n(-2.0 * r)
        ),
        2 => format!(
            "M{} {}l{} {}h{}z",
            n(x),
            n(y - r - 0.6),
            n(r + 0.6),
            n(2.0 * r + 0.6),
            n(-2.0 * r - 1.2)
        ),
        3 => format!(
            "M{} {}l{rr} {rr}l{} {rr}l{} {}z",
            n(x),
            n(y - r - 0.6),
            n(-r),
            n(-r),
            n(-r)
        ),
        4 => format!(
            "M{} {}l{} {}M{} {}l{} {}",
            n(x - r),
            n(y - r),
            n(2.0 * r),
            n(2.0 * r),
            n(x - r),
            n(y + r),
            n(2.0 * r),
            n(-2.0 * r)
        ),
        _ => format!(
            "M{} {}l{} {}l{} {}z",
            n(x),
            n(y + r + 0.6),
            n(r + 0.6),
            n(-2.0 * r - 0.6),
            n(-2.0 * r - 1.2),
            0
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_and_ticks() {
        let s = Scale::new(400.0, 500.0, 200.0, 0.0);
        assert_eq!((s.at(400.0), s.at(500.0), s.at(450.0)), (200.0, 0.0, 100.0));
        assert_eq!(ticks(380.0, 560.0, 4), vec![400.0, 450.0, 500.0, 550.0]);
        assert_eq!(n(12.34), "12.3");
        assert_eq!(n(12.0), "12");
        assert!(marker(0, 10.0, 10.0).starts_with('M'));
    }

    /// The integer form writes what core's float formatter wrote before (every coordinate a chart
    /// can draw, in hundredths, both signs).
    #[test]
    fn coordinates_as_before() {
        let before = |v: f64| {
            let r = (v * 10.0).round() / 10.0;
            if r.fract() == 0.0 {
                format!("{}", r as i64)
            } else {
                format!("{r:.1}")
            }
        };
        for i in -200_000..=200_000 {
            let v = i as f64 / 100.0;
            assert_eq!(n(v), before(v), "{v}");
        }
    }
}
