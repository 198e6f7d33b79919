//! One decimal, as `format!("{:.1}", v)` writes it, without core's float formatter: that formatter
//! (Grisu with a Dragon fallback and their power tables) is about 16 KB of the card-only WebAssembly,
//! and one decimal is all the widget shows. Same digits for every finite value, ties to even on the
//! exact binary value like core (the test below compares both over the values the widget formats and
//! a million others).

/// `v` rounded to tenths: "57.3", "0.0", "-2.5"; integers keep their ".0".
pub fn one_decimal(v: f64) -> String {
    let neg = v.is_sign_negative();
    let tenths = nearest_tenths(v.abs());
    let sign = if neg { "-" } else { "" };
    format!("{sign}{}.{}", tenths / 10, tenths % 10)
}

/// The integer nearest to `a × 10` (a ≥ 0, finite), ties to even, decided on the exact product:
/// `mul_add` rounds once, so the sign of `a × 10 − m` it returns is the exact one.
fn nearest_tenths(a: f64) -> u64 {
    let c = (a * 10.0).round();
    let above = |m: f64| a.mul_add(10.0, -m);
    let (lo, hi) = (above(c - 0.5), above(c + 0.5));
    let even = |k: f64| if k % 2.0 == 0.0 { k } else { k + 1.0 };
    let k = if lo < 0.0 {
        c - 1.0
    } else if lo == 0.0 {
        even(c - 1.0)
    } else if hi > 0.0 {
        c + 1.0
    } else if hi == 0.0 {
        even(c)
    } else {
        c
    };
    k as u64
}

#[cfg(test)]
mod tests {
    use super::one_decimal;

    fn same(v: f64) {
        assert_eq!(one_decimal(v), format!("{v:.1}"), "{v:e}");
    }

    #[test]
    fn like_core_on_what_the_widget_formats() {
        // AI exposure shares (scores in ten-thousandths, shown as percentages) and OaSIS levels
        // (tenths).
        for s in 0..=10_000u32 {
            same(s as f64 / 10_000.0 * 100.0);
            same(s as f64 / 10.0);
        }
        // Exact halves of a tenth, and the decimal halves that are not exact in binary.
        for v in [
            0.25, 0.75, 0.05, 0.15, 0.35, 0.45, 2.25, 57.25, 57.35, -0.25, -0.35, -0.0, 0.0,
        ] {
            same(v);
        }
    }

    #[test]
    fn like_core_on_a_million_others() {
        // A fixed xorshift stream: values of every magnitude the widget could draw, both signs.
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..1_000_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let v = (x >> 11) as f64 / (1u64 << 53) as f64 * 10f64.powi((x % 9) as i32 - 3);
            same(if x & 1 == 1 { -v } else { v });
        }
    }
}
