//! The share link: the form in the URL fragment (`#ee=key:value;key:value`), so nothing leaves the
//! page (no cookies, no storage, no request). Encoding is pure; the host's page reads and writes the
//! address (`Page::read_fragment`, `Page::write_fragment`).
use super::form::Form;

const PREFIX: &str = "ee=";
/// Longest fragment read: every field at its longest fits in well under 2,000 characters; a longer
/// fragment (a page may put anything in its URL) is not a share link and the form starts empty.
pub const MAX_FRAGMENT: usize = 4_000;

/// The fragment (without `#`) holding every field that differs from the defaults.
pub fn encode(form: &Form) -> String {
    let body: Vec<String> = form
        .changed()
        .into_iter()
        .map(|(field, v)| format!("{}:{}", field.key(), escape(v)))
        .collect();
    format!("{PREFIX}{}", body.join(";"))
}

/// The form a fragment describes (defaults for absent fields), or None when it is not ours.
/// Unknown keys are ignored; bad values are kept so the form shows their messages.
pub fn decode(fragment: &str, base: &Form) -> Option<Form> {
    if fragment.len() > MAX_FRAGMENT {
        return None;
    }
    let body = fragment.trim_start_matches('#').strip_prefix(PREFIX)?;
    let mut form = base.clone();
    for pair in body.split(';').filter(|p| !p.is_empty()) {
        if let Some((k, v)) = pair.split_once(':') {
            form.set_key(&unescape(k), &unescape(v));
        }
    }
    Some(form)
}

/// Percent-escapes everything but letters, digits and `-._`, so `;`, `:` and `#` stay separators.
fn escape(value: &str) -> String {
    let mut out = String::new();
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || b == b'-' || b == b'.' || b == b'_' {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn unescape(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
            if let Some(b) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calculator::form::Field;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn round_trip_keeps_every_field() {
        let mut f = Form::default();
        f.set(Field::Age, "41");
        f.set(Field::JobOfferHas, "true");
        f.set(Field::JobOfferNoc, "21231");
        f.set(Field::FirstWriting, "6,5");
        f.set(Field::BirthDate, "1985-02-28");
        f.set(Field::Noc, "a;b:c#%");
        let text = encode(&f);
        assert!(!text.contains('#'));
        assert_eq!(decode(&format!("#{text}"), &Form::default()), Some(f));
    }

    #[test]
    fn foreign_fragments_are_not_ours() {
        assert_eq!(decode("#section-2", &Form::default()), None);
        let f = decode("#ee=bogus:1;age:30", &Form::default()).unwrap();
        assert_eq!(f.get(Field::Age), "30");
    }

    #[test]
    fn an_overlong_fragment_is_ignored() {
        let long = format!("#ee=age:30;noc:{}", "2".repeat(MAX_FRAGMENT));
        assert_eq!(decode(&long, &Form::default()), None);
    }
}
