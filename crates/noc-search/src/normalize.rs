//! Text normalisation shared by title and duty search: case and accent folding, tokenising,
//! stop words and a light stemmer. Hand-written tables for Latin scripts only, because the crate
//! ships in WebAssembly and must stay small (no regex, no Unicode normalisation tables).

/// Appends the folded (lower-case, accent-free) form of `c` to `out`.
/// Returns false when `c` is a word separator.
fn fold_char(c: char, out: &mut String) -> bool {
    if c.is_ascii_alphanumeric() {
        out.push(c.to_ascii_lowercase());
        return true;
    }
    if c.is_ascii() {
        return false;
    }
    let folded: &str = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'ā' | 'Ā' => {
            "a"
        }
        'æ' | 'Æ' => "ae",
        'ç' | 'Ç' | 'ć' | 'č' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' | 'ē' | 'ę' | 'ě' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'ī' => "i",
        'ñ' | 'Ñ' | 'ń' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'ō' => {
            "o"
        }
        'œ' | 'Œ' => "oe",
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'ū' => "u",
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => "y",
        'ß' => "ss",
        'š' | 'Š' => "s",
        'ž' | 'Ž' => "z",
        // Other letters (Greek, Cyrillic, …) are kept as they are: rare in NOC text.
        _ if c.is_alphanumeric() => {
            out.extend(c.to_lowercase());
            return true;
        }
        _ => return false,
    };
    out.push_str(folded);
    true
}

/// Lower-case, accent-free copy of `text` (separators kept as single spaces).
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if !fold_char(c, &mut out) && !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out.trim_end().to_string()
}

/// Calls `f(folded_token, byte_start, byte_end)` for each word of `text`; the byte range points
/// into `text` so callers can highlight the original words.
pub fn for_each_token(text: &str, mut f: impl FnMut(&str, usize, usize)) {
    let mut buf = String::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if buf.is_empty() {
            start = i;
        }
        if !fold_char(c, &mut buf) && !buf.is_empty() {
            f(&buf, start, i);
            buf.clear();
        }
    }
    if !buf.is_empty() {
        f(&buf, start, text.len());
    }
}

/// Folded tokens of `text`.
pub fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for_each_token(text, |t, _, _| out.push(t.to_string()));
    out
}

/// Function words of English and French (folded) that carry no meaning in a title or duty.
/// All are at most 8 bytes, so each packs into one `u64`.
const STOP_WORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "au", "autres", "aux", "be", "by", "ce", "ces", "d",
    "dans", "de", "des", "du", "elle", "elles", "en", "est", "et", "etc", "for", "from", "i",
    "ils", "in", "into", "is", "it", "j", "je", "l", "la", "le", "les", "leur", "leurs", "my",
    "of", "on", "or", "other", "ou", "par", "pour", "qu", "que", "qui", "s", "sa", "se", "ses",
    "son", "such", "sur", "that", "the", "their", "them", "they", "this", "to", "un", "une", "we",
    "with", "within",
];

const fn pack(word: &[u8]) -> u64 {
    let mut packed = 0u64;
    let mut i = 0;
    while i < word.len() && i < 8 {
        packed |= (word[i] as u64) << (8 * i);
        i += 1;
    }
    packed
}

const STOP_WORDS_PACKED: [u64; STOP_WORDS.len()] = {
    let mut out = [0u64; STOP_WORDS.len()];
    let mut i = 0;
    while i < STOP_WORDS.len() {
        out[i] = pack(STOP_WORDS[i].as_bytes());
        i += 1;
    }
    out
};

/// True for a folded stop word. Runs for every word indexed, so it compares one packed integer
/// per stop word instead of strings.
pub fn is_stop_word(token: &str) -> bool {
    !token.is_empty() && token.len() <= 6 && STOP_WORDS_PACKED.contains(&pack(token.as_bytes()))
}

/// Light stem used to match plural and gendered forms: "technicians" ~ "technician",
/// "techniciennes" ~ "technicien", "administratrice" ~ "administrateur", "conseilleres" ~ "conseiller".
/// It only strips inflection, so different words rarely collide.
pub fn inflection_stem(token: &str) -> String {
    let t = token;
    if t.len() <= 3 || t.bytes().any(|b| b.is_ascii_digit()) {
        return t.to_string();
    }
    // (suffix, replacement), longest first; the stem must keep at least 3 letters.
    const RULES: &[(&str, &str)] = &[
        ("iennes", "ien"),
        ("ienne", "ien"),
        ("iens", "ien"),
        ("trices", "teur"),
        ("trice", "teur"),
        ("teurs", "teur"),
        ("euses", "eur"),
        ("euse", "eur"),
        ("eurs", "eur"),
        ("eres", "er"),
        ("ere", "er"),
        ("iers", "ier"),
        ("ieres", "ier"),
        ("iere", "ier"),
        ("ives", "if"),
        ("ive", "if"),
        ("ifs", "if"),
        ("ies", "y"),
        // French "-ie(s)" meets English "-y": industrie(s) ~ industry, pharmacie ~ pharmacy.
        ("ie", "y"),
        ("eaux", "eau"),
        ("aux", "al"),
        ("ales", "al"),
        ("ale", "al"),
        ("als", "al"),
        ("elles", "el"),
        ("elle", "el"),
        ("els", "el"),
        ("ches", "ch"),
        ("shes", "sh"),
        ("sses", "ss"),
        ("xes", "x"),
        ("ees", "e"),
        ("es", "e"),
    ];
    for (suffix, repl) in RULES {
        if let Some(stem) = t.strip_suffix(suffix) {
            if stem.len() >= 3 {
                return format!("{stem}{repl}");
            }
        }
    }
    if let Some(stem) = t.strip_suffix('s') {
        if !stem.ends_with('s') && !stem.ends_with('u') && !stem.ends_with('i') {
            return stem.to_string();
        }
    }
    t.to_string()
}

/// Heavier stem for duty text ("find my occupation by what I do"): verbs and nouns of one family
/// meet ("installs", "installing", "installation", "installent", "installer" → "install").
pub fn duty_stem(token: &str) -> String {
    let base = inflection_stem(token);
    let t = base.as_str();
    if t.bytes().any(|b| b.is_ascii_digit()) {
        return base;
    }
    // A longer suffix comes before any shorter one it ends with; the first that leaves a stem of
    // 4+ letters wins. "-ate" family: operate, operating, operation, operator, opérateur → "oper".
    const RULES: &[&str] = &[
        "ations", "ation", "ateurs", "ateur", "ating", "ators", "ator", "ated", "ates", "ate",
        "ements", "ement", "ments", "ment", "ings", "ing", "ions", "ion", "ers", "er", "ors", "or",
        "ent", "ez", "ed", "e", "s",
    ];
    for suffix in RULES {
        if let Some(stem) = t.strip_suffix(suffix) {
            if stem.len() >= 4 {
                // "running" → "runn" → "run"; "installed" keeps its double "l" (ends in "ll" is fine).
                let b = stem.as_bytes();
                let n = b.len();
                if n >= 2 && b[n - 1] == b[n - 2] && !matches!(b[n - 1], b'l' | b's' | b'e') {
                    return stem[..n - 1].to_string();
                }
                return stem.to_string();
            }
        }
    }
    base
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_are_function_words_only() {
        assert!(STOP_WORDS.iter().all(|w| !w.is_empty() && w.len() <= 6));
        assert!(STOP_WORDS.iter().all(|w| is_stop_word(w)));
        assert!(!is_stop_word("ande") && !is_stop_word("tho") && !is_stop_word("dee"));
        assert!(is_stop_word("de") && is_stop_word("the") && is_stop_word("aux"));
        assert!(!is_stop_word("chef") && !is_stop_word("nurse") && !is_stop_word(""));
    }

    #[test]
    fn folds_case_and_accents() {
        assert_eq!(
            fold("Technicien/Technicienne de RÉSEAU"),
            "technicien technicienne de reseau"
        );
        assert_eq!(fold("Cœur d'œuvre – ÉLÈVE"), "coeur d oeuvre eleve");
    }

    #[test]
    fn token_spans_point_into_original_text() {
        let text = "Réparer l'équipement, installer";
        let mut seen = Vec::new();
        for_each_token(text, |t, s, e| seen.push((t.to_string(), &text[s..e])));
        assert_eq!(
            seen,
            vec![
                ("reparer".to_string(), "Réparer"),
                ("l".to_string(), "l"),
                ("equipement".to_string(), "équipement"),
                ("installer".to_string(), "installer"),
            ]
        );
    }

    #[test]
    fn inflection_stem_joins_plural_and_gendered_forms() {
        let same =
            |a: &str, b: &str| assert_eq!(inflection_stem(a), inflection_stem(b), "{a} vs {b}");
        same("technicians", "technician");
        same("techniciennes", "technicien");
        same("administratrice", "administrateur");
        same("conseillere", "conseiller");
        same("infirmieres", "infirmier");
        same("vendeuse", "vendeur");
        same("municipale", "municipal");
        same("companies", "company");
        same("industries", "industrie");
        same("industrie", "industry");
        assert_ne!(inflection_stem("business"), inflection_stem("busines"));
    }

    #[test]
    fn duty_stem_joins_word_families() {
        let same = |a: &str, b: &str| assert_eq!(duty_stem(a), duty_stem(b), "{a} vs {b}");
        same("installs", "installing");
        same("installation", "install");
        same("installent", "installer");
        same("repairing", "repairs");
        same("operate", "operating");
        same("operation", "operator");
        same("operate", "operation");
        same("operateur", "operent");
        same("reparateur", "reparer");
        same("translator", "translation");
        same("réparent".replace('é', "e").as_str(), "reparation");
    }
}
