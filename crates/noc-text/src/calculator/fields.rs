//! The form's hints and messages: score scales, field errors, the live score, levels beside scores.
use super::*;

pub fn scale_hint(lang: Lang, min: f64, max: f64, step: f64) -> String {
    let n = |v: f64| {
        if v.fract() == 0.0 {
            format!("{}", v as i64)
        } else {
            format!("{v}")
        }
    };
    match (lang, step == 0.5) {
        (Lang::En, true) => format!("{} to {}, in half bands", n(min), n(max)),
        (Lang::Fr, true) => format!("{} à {}, par demi-bandes", n(min), n(max)),
        (Lang::En, false) => format!("{} to {}", n(min), n(max)),
        (Lang::Fr, false) => format!("{} à {}", n(min), n(max)),
    }
}

/// What is wrong with a form field: an engine error, or a check of a field the engine never sees.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldProblem {
    Rules(ee_rules::ErrorCode),
    /// A date field (birth, test, ECA, job start) that is not YYYY-MM-DD or is in the future.
    InvalidDate,
}

/// The message shown next to a field (and the test's scale for scores).
pub fn field_error(
    lang: Lang,
    problem: FieldProblem,
    empty: bool,
    range: Option<(String, String)>,
    test: Option<&str>,
) -> String {
    use ee_rules::ErrorCode::*;
    if empty {
        return pick(lang, "Enter a value.", "Entrez une valeur.").into();
    }
    let is_score = test.is_some();
    let test = test
        .and_then(ee_rules::LanguageTest::from_key)
        .map_or("", |t| test_name(lang, t));
    let code = match problem {
        FieldProblem::InvalidDate => {
            return pick(
                lang,
                "Enter a date as YYYY-MM-DD, not in the future.",
                "Entrez une date AAAA-MM-JJ, pas dans le futur.",
            )
            .into();
        }
        FieldProblem::Rules(code) => code,
    };
    match (code, lang) {
        (WrongType, Lang::En) if is_score => "Enter a number.".into(),
        (WrongType, Lang::Fr) if is_score => "Entrez un nombre.".into(),
        (OutOfRange, Lang::En) => match range {
            Some((a, b)) => format!("Enter a number from {a} to {b}."),
            None => "This number is out of range.".into(),
        },
        (OutOfRange, Lang::Fr) => match range {
            Some((a, b)) => format!("Entrez un nombre de {a} à {b}."),
            None => "Ce nombre est hors limites.".into(),
        },
        (WrongType, Lang::En) => "Enter a whole number.".into(),
        (WrongType, Lang::Fr) => "Entrez un nombre entier.".into(),
        (NotHalfBand, Lang::En) => format!("{test} scores go in half bands, such as 6, 6.5 or 7."),
        (NotHalfBand, Lang::Fr) => {
            format!("Les résultats {test} vont par demi-bandes, p. ex. 6, 6,5 ou 7.")
        }
        (NotWholeScore, Lang::En) => format!("{test} scores are whole numbers."),
        (NotWholeScore, Lang::Fr) => format!("Les résultats {test} sont des nombres entiers."),
        (SameOfficialLanguage, Lang::En) => {
            "The second language must be the other official language (English and French).".into()
        }
        (SameOfficialLanguage, Lang::Fr) => {
            "La deuxième langue doit être l’autre langue officielle (anglais et français).".into()
        }
        (InvalidNoc, Lang::En) => {
            "Enter a five-digit NOC 2021 code whose second digit is 0 to 5.".into()
        }
        (InvalidNoc, Lang::Fr) => {
            "Entrez un code CNP 2021 de cinq chiffres dont le deuxième est de 0 à 5.".into()
        }
        // The form always sends every field, known ones only, once: these reach it only as a bug.
        (InvalidInput | MissingField | UnknownField | DuplicateField | UnknownValue, Lang::En) => {
            "This value is not valid.".into()
        }
        (InvalidInput | MissingField | UnknownField | DuplicateField | UnknownValue, Lang::Fr) => {
            "Cette valeur n’est pas valide.".into()
        }
    }
}

pub fn uses_last_valid(lang: Lang, fields: &str) -> String {
    match lang {
        Lang::En => format!("Until fixed, results use your previous entry for: {fields}."),
        Lang::Fr => format!("En attendant la correction, les résultats utilisent votre entrée précédente pour : {fields}."),
    }
}

pub fn live_score(lang: Lang, total: u16) -> String {
    match lang {
        Lang::En => format!("CRS score: {total}"),
        Lang::Fr => format!("Score SCG : {total}"),
    }
}

pub fn level_beside(test_key: &str, level: u8) -> String {
    let name = level_name(test_key);
    if level == 0 {
        format!("< {name} 1")
    } else {
        format!("= {name} {level}")
    }
}
