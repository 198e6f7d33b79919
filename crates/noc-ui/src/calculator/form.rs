//! The calculator's form as text (what the reader typed) and its mapping to the rules engine's raw
//! profile. No points logic here: validation and scoring are `ee_rules`; this module only turns form
//! strings into `ee_rules::raw::Raw` and an engine `Profile` back into form strings.
use std::collections::BTreeMap;

use ee_rules::raw::Raw;
use ee_rules::validate::{ranges, IntRange};
use ee_rules::{Ability, LanguageResult, Profile, ProfileError};
pub use noc_text::calculator::FieldProblem;

/// How a form value becomes a raw profile value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    /// Whole number, in the engine's range for the field (`ee_rules::validate::ranges`, the one
    /// `validate` checks), used for the input hint and messages.
    Int(IntRange),
    /// A test score on the test's own scale (a decimal comma is accepted).
    Score,
    /// One of the engine's enum keys.
    Choice,
    /// `true` / `false`.
    Flag,
    /// A UI-only date (YYYY-MM-DD, may be empty); never part of the profile.
    Date,
    /// UI-only free text.
    Text,
}

/// Every form field: its key (the profile's dotted path where there is one) and default text.
pub const FIELDS: &[(&str, FieldKind, &str)] = &[
    ("quebec", FieldKind::Flag, "false"),
    ("birth_date", FieldKind::Date, ""),
    ("age", FieldKind::Int(ranges::AGE), "29"),
    ("spouse.has", FieldKind::Flag, "false"),
    ("education", FieldKind::Choice, "bachelors_or_three_year"),
    ("canadian_education", FieldKind::Choice, "none"),
    ("eca_date", FieldKind::Date, ""),
    ("first_language.test", FieldKind::Choice, "ielts_general"),
    ("first_language.speaking", FieldKind::Score, "7"),
    ("first_language.listening", FieldKind::Score, "8"),
    ("first_language.reading", FieldKind::Score, "7"),
    ("first_language.writing", FieldKind::Score, "7"),
    ("test_date", FieldKind::Date, ""),
    ("second_language.test", FieldKind::Choice, "none"),
    ("second_language.speaking", FieldKind::Score, ""),
    ("second_language.listening", FieldKind::Score, ""),
    ("second_language.reading", FieldKind::Score, ""),
    ("second_language.writing", FieldKind::Score, ""),
    ("noc", FieldKind::Text, ""),
    ("work_teer", FieldKind::Choice, "1"),
    (
        "canadian_work_years",
        FieldKind::Int(ranges::WORK_YEARS),
        "0",
    ),
    ("cwe_start", FieldKind::Date, ""),
    (
        "foreign_work_years",
        FieldKind::Int(ranges::WORK_YEARS),
        "3",
    ),
    ("trade_certificate", FieldKind::Flag, "false"),
    ("trade_work_years", FieldKind::Int(ranges::WORK_YEARS), "0"),
    ("job_offer.has", FieldKind::Flag, "false"),
    ("job_offer.noc", FieldKind::Text, ""),
    ("spouse.accompanying", FieldKind::Flag, "true"),
    ("spouse.canadian_citizen_or_pr", FieldKind::Flag, "false"),
    ("spouse.education", FieldKind::Choice, "secondary"),
    ("spouse.first_language.test", FieldKind::Choice, "none"),
    ("spouse.first_language.speaking", FieldKind::Score, ""),
    ("spouse.first_language.listening", FieldKind::Score, ""),
    ("spouse.first_language.reading", FieldKind::Score, ""),
    ("spouse.first_language.writing", FieldKind::Score, ""),
    (
        "spouse.canadian_work_years",
        FieldKind::Int(ranges::WORK_YEARS),
        "0",
    ),
    ("spouse.canadian_study", FieldKind::Flag, "false"),
    ("sibling_in_canada", FieldKind::Flag, "false"),
    ("relative_in_canada", FieldKind::Flag, "false"),
    ("provincial_nomination", FieldKind::Flag, "false"),
    ("family_size", FieldKind::Int(ranges::FAMILY_SIZE), "1"),
    (
        "settlement_funds_cad",
        FieldKind::Int(ranges::SETTLEMENT_FUNDS_CAD),
        "16000",
    ),
];

pub fn kind_of(key: &str) -> Option<FieldKind> {
    FIELDS
        .iter()
        .find(|(k, _, _)| *k == key)
        .map(|(_, kind, _)| *kind)
}

/// The form's text values by field key.
#[derive(Clone, Debug, PartialEq)]
pub struct Form {
    values: BTreeMap<&'static str, String>,
}

impl Default for Form {
    fn default() -> Form {
        Form {
            values: FIELDS
                .iter()
                .map(|(k, _, d)| (*k, (*d).to_owned()))
                .collect(),
        }
    }
}

impl Form {
    /// Defaults, with the occupation of the `noc` attribute (and its TEER) when it is a NOC code.
    pub fn with_noc(noc: Option<&str>) -> Form {
        let mut form = Form::default();
        if let Some(code) = noc
            .map(str::trim)
            .filter(|c| ee_rules::validate::is_noc_code(c))
        {
            form.set("noc", code);
            form.set("work_teer", &code[1..2]);
        }
        form
    }

    pub fn get(&self, key: &str) -> &str {
        self.values.get(key).map(String::as_str).unwrap_or("")
    }

    pub fn flag(&self, key: &str) -> bool {
        self.get(key) == "true"
    }

    /// Sets a known field (unknown keys are ignored so a hand-edited link cannot add fields).
    pub fn set(&mut self, key: &str, value: &str) {
        if let Some((k, _, _)) = FIELDS.iter().find(|(k, _, _)| *k == key) {
            self.values.insert(k, value.to_owned());
        }
    }

    pub fn entries(&self) -> impl Iterator<Item = (&'static str, &str)> {
        FIELDS.iter().map(move |(k, _, _)| (*k, self.get(k)))
    }

    /// Fields whose value differs from the default (what a share link needs).
    pub fn changed(&self) -> Vec<(&'static str, &str)> {
        FIELDS
            .iter()
            .filter(|(k, _, d)| self.get(k) != *d)
            .map(|(k, _, _)| (*k, self.get(k)))
            .collect()
    }

    pub fn quebec(&self) -> bool {
        self.flag("quebec")
    }

    /// The form as the engine's raw profile.
    pub fn to_raw(&self) -> Raw {
        let mut m: Vec<(String, Raw)> = Vec::new();
        let mut put = |k: &str, v: Raw| m.push((k.to_owned(), v));
        put("age", self.int("age"));
        put("education", Raw::Str(self.get("education").to_owned()));
        put(
            "canadian_education",
            Raw::Str(self.get("canadian_education").to_owned()),
        );
        put(
            "first_language",
            self.language("first_language").unwrap_or(Raw::Null),
        );
        put(
            "second_language",
            self.language("second_language").unwrap_or(Raw::Null),
        );
        put("canadian_work_years", self.int("canadian_work_years"));
        put("foreign_work_years", self.int("foreign_work_years"));
        put("work_teer", self.int("work_teer"));
        put(
            "trade_certificate",
            Raw::Bool(self.flag("trade_certificate")),
        );
        put("trade_work_years", self.int("trade_work_years"));
        put(
            "job_offer",
            if self.flag("job_offer.has") {
                self.job_offer()
            } else {
                Raw::Null
            },
        );
        put(
            "sibling_in_canada",
            Raw::Bool(self.flag("sibling_in_canada")),
        );
        put(
            "relative_in_canada",
            Raw::Bool(self.flag("relative_in_canada")),
        );
        put(
            "provincial_nomination",
            Raw::Bool(self.flag("provincial_nomination")),
        );
        put(
            "spouse",
            if self.flag("spouse.has") {
                self.spouse()
            } else {
                Raw::Null
            },
        );
        put("family_size", self.int("family_size"));
        put("settlement_funds_cad", self.int("settlement_funds_cad"));
        Raw::Map(m)
    }

    fn int(&self, key: &str) -> Raw {
        number(self.get(key), false)
    }

    fn language(&self, prefix: &str) -> Option<Raw> {
        let test = self.get(&format!("{prefix}.test"));
        if test == "none" {
            return None;
        }
        let mut m = vec![("test".to_owned(), Raw::Str(test.to_owned()))];
        for ability in Ability::ALL {
            m.push((
                ability.key().to_owned(),
                number(self.get(&format!("{prefix}.{}", ability.key())), true),
            ));
        }
        Some(Raw::Map(m))
    }

    fn job_offer(&self) -> Raw {
        let noc = self.get("job_offer.noc").trim().to_owned();
        // The TEER is the NOC code's second digit; asking for both would only invite a mismatch.
        let teer = noc
            .as_bytes()
            .get(1)
            .filter(|b| b.is_ascii_digit() && **b <= b'5')
            .map(|b| (b - b'0') as i128)
            .unwrap_or(0);
        Raw::Map(vec![
            ("teer".into(), Raw::Int(teer)),
            ("noc".into(), Raw::Str(noc)),
        ])
    }

    fn spouse(&self) -> Raw {
        Raw::Map(vec![
            (
                "accompanying".into(),
                Raw::Bool(self.flag("spouse.accompanying")),
            ),
            (
                "canadian_citizen_or_pr".into(),
                Raw::Bool(self.flag("spouse.canadian_citizen_or_pr")),
            ),
            (
                "education".into(),
                Raw::Str(self.get("spouse.education").to_owned()),
            ),
            (
                "first_language".into(),
                self.language("spouse.first_language").unwrap_or(Raw::Null),
            ),
            (
                "canadian_work_years".into(),
                self.int("spouse.canadian_work_years"),
            ),
            (
                "canadian_study".into(),
                Raw::Bool(self.flag("spouse.canadian_study")),
            ),
        ])
    }

    /// Copies an engine profile (e.g. a suggestion's) into the form, keeping the UI-only fields.
    pub fn apply_profile(&mut self, p: &Profile) {
        self.set("age", &p.age.to_string());
        self.set("education", p.education.key());
        self.set("canadian_education", p.canadian_education.key());
        self.set_language("first_language", Some(&p.first_language));
        self.set_language("second_language", p.second_language.as_ref());
        self.set("canadian_work_years", &p.canadian_work_years.to_string());
        self.set("foreign_work_years", &p.foreign_work_years.to_string());
        self.set("work_teer", &p.work_teer.to_string());
        self.set("trade_certificate", bool_text(p.trade_certificate));
        self.set("trade_work_years", &p.trade_work_years.to_string());
        self.set("job_offer.has", bool_text(p.job_offer.is_some()));
        if let Some(j) = &p.job_offer {
            self.set("job_offer.noc", &j.noc);
        }
        self.set("sibling_in_canada", bool_text(p.sibling_in_canada));
        self.set("relative_in_canada", bool_text(p.relative_in_canada));
        self.set("provincial_nomination", bool_text(p.provincial_nomination));
        self.set("spouse.has", bool_text(p.spouse.is_some()));
        if let Some(s) = &p.spouse {
            self.set("spouse.accompanying", bool_text(s.accompanying));
            self.set(
                "spouse.canadian_citizen_or_pr",
                bool_text(s.canadian_citizen_or_pr),
            );
            self.set("spouse.education", s.education.key());
            self.set_language("spouse.first_language", s.first_language.as_ref());
            self.set(
                "spouse.canadian_work_years",
                &s.canadian_work_years.to_string(),
            );
            self.set("spouse.canadian_study", bool_text(s.canadian_study));
        }
        self.set("family_size", &p.family_size.to_string());
        self.set("settlement_funds_cad", &p.settlement_funds_cad.to_string());
    }

    fn set_language(&mut self, prefix: &str, result: Option<&LanguageResult>) {
        match result {
            Some(r) => {
                self.set(&format!("{prefix}.test"), r.test.key());
                for ability in Ability::ALL {
                    self.set(
                        &format!("{prefix}.{}", ability.key()),
                        &score_text(r.scores.get(ability)),
                    );
                }
            }
            None => self.set(&format!("{prefix}.test"), "none"),
        }
    }
}

fn bool_text(b: bool) -> &'static str {
    if b {
        "true"
    } else {
        "false"
    }
}

/// 7.0 -> "7", 6.5 -> "6.5".
pub use noc_text::calculator::score_text;

/// Text to a raw number the engine will judge: empty -> null, a number -> Int/Float, else the text.
fn number(text: &str, decimal_comma: bool) -> Raw {
    let t = text.trim();
    if t.is_empty() {
        return Raw::Null;
    }
    let t = if decimal_comma {
        t.replace(',', ".")
    } else {
        t.replace([' ', '\u{a0}', '\u{202f}'], "")
    };
    if let Ok(i) = t.parse::<i128>() {
        return Raw::Int(i);
    }
    match t.parse::<f64>() {
        Ok(f) if f.is_finite() => {
            if decimal_comma && f.fract() == 0.0 {
                Raw::Int(f as i128)
            } else {
                Raw::Float(f)
            }
        }
        _ => Raw::Str(text.to_owned()),
    }
}

/// One problem with one form field. `code` is the engine's key, or `required` when the field is empty.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    /// The form field the message goes next to.
    pub key: &'static str,
    pub error: ProfileError,
    pub empty: bool,
}

/// The outcome of reading the form: a profile to score (maybe with some fields taken from the last
/// valid form), and every field error found.
#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    pub profile: Option<Profile>,
    pub errors: Vec<FieldError>,
}

impl Evaluation {
    pub fn error_for(&self, key: &str) -> Option<&FieldError> {
        self.errors.iter().find(|e| e.key == key)
    }
}

/// The form key an engine error belongs to (`job_offer.teer` comes from the NOC code).
fn form_key(field: &str) -> Option<&'static str> {
    let field = if field == "job_offer.teer" {
        "job_offer.noc"
    } else {
        field
    };
    FIELDS.iter().map(|(k, _, _)| *k).find(|k| *k == field)
}

/// Validates the form with the engine in one pass: every bad field is reported, and replaced by
/// its value in `fallback` (the last valid profile) so one typo does not blank the results. A
/// language result, a job offer or a spouse falls back as a whole when the fallback has none of
/// its own; an optional part with no valid version (a second language just chosen) is left out
/// until fixed.
pub fn evaluate_with(form: &Form, fallback: Option<&Profile>) -> Evaluation {
    let v = ee_rules::validate(&form.to_raw(), fallback);
    let mut errors: Vec<FieldError> = Vec::new();
    for error in v.errors {
        let Some(key) = form_key(&error.field) else {
            continue;
        };
        if !errors.iter().any(|e| e.key == key) {
            let empty = form.get(key).trim().is_empty();
            errors.push(FieldError { key, error, empty });
        }
    }
    Evaluation {
        profile: v.profile,
        errors,
    }
}

/// [`evaluate_with`] with the profile of a fallback form (tests and one-off reads).
pub fn evaluate(form: &Form, fallback: &Form) -> Evaluation {
    let fallback = ee_rules::validate(&fallback.to_raw(), None).profile;
    evaluate_with(form, fallback.as_ref())
}

/// Checks of the UI-only fields (dates and occupation codes), which the engine never sees.
pub fn ui_errors(form: &Form, today: ee_rules::Date) -> Vec<(&'static str, FieldProblem)> {
    let mut out = Vec::new();
    for key in ["birth_date", "test_date", "eca_date", "cwe_start"] {
        let text = form.get(key).trim();
        if !text.is_empty() && ee_rules::Date::parse(text).is_none_or(|d| d > today) {
            out.push((key, FieldProblem::InvalidDate));
        }
    }
    let noc = form.get("noc").trim();
    if !noc.is_empty() && !ee_rules::validate::is_noc_code(noc) {
        out.push(("noc", FieldProblem::Rules(ee_rules::ErrorCode::InvalidNoc)));
    }
    out
}

/// A valid date field, if any.
pub fn date_of(form: &Form, key: &str) -> Option<ee_rules::Date> {
    ee_rules::Date::parse(form.get(key).trim())
}

#[cfg(test)]
mod tests {
    use super::*;
    use ee_rules::Score;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn defaults_make_a_valid_profile() {
        let e = evaluate(&Form::default(), &Form::default());
        assert!(e.errors.is_empty(), "{:?}", e.errors);
        assert_eq!(e.profile.unwrap().age, 29);
    }

    #[test]
    fn a_bad_score_is_reported_on_its_field_and_the_rest_still_scores() {
        let mut f = Form::default();
        f.set("first_language.writing", "6.3");
        f.set("age", "35");
        let e = evaluate(&f, &Form::default());
        assert_eq!(e.errors.len(), 1);
        assert_eq!(e.errors[0].key, "first_language.writing");
        let p = e.profile.unwrap();
        assert_eq!(p.age, 35);
        assert_eq!(p.first_language.scores.writing, Score(7.0));
    }

    #[test]
    fn two_bad_fields_are_both_reported() {
        let mut f = Form::default();
        f.set("age", "abc");
        f.set("family_size", "");
        let e = evaluate(&f, &Form::default());
        let keys: Vec<_> = e.errors.iter().map(|e| e.key).collect();
        assert_eq!(keys, ["age", "family_size"]);
        assert!(e.errors[1].empty);
        assert!(e.profile.is_some());
    }

    #[test]
    fn a_new_second_language_with_no_scores_yet_marks_all_four_and_still_scores() {
        let mut f = Form::default();
        f.set("second_language.test", "tef_canada");
        f.set("second_language.speaking", "400");
        let e = evaluate(&f, &Form::default());
        let keys: Vec<_> = e.errors.iter().map(|e| e.key).collect();
        assert_eq!(
            keys,
            [
                "second_language.listening",
                "second_language.reading",
                "second_language.writing"
            ]
        );
        assert!(e.errors.iter().all(|e| e.empty));
        assert_eq!(e.profile.unwrap().second_language, None);
    }

    #[test]
    fn switching_the_first_test_keeps_the_last_valid_result_until_scores_fit() {
        let mut f = Form::default();
        f.set("first_language.test", "pte_core");
        let e = evaluate(&f, &Form::default());
        assert_eq!(
            e.errors.len(),
            4,
            "IELTS bands are below the PTE Core scale"
        );
        assert_eq!(
            e.profile.unwrap().first_language.test,
            ee_rules::LanguageTest::IeltsGeneral
        );
    }

    #[test]
    fn a_job_offer_without_a_valid_code_is_left_out_and_named() {
        let mut f = Form::default();
        f.set("job_offer.has", "true");
        f.set("job_offer.noc", "123");
        let e = evaluate(&f, &Form::default());
        assert_eq!(e.errors.len(), 1);
        assert_eq!(e.errors[0].key, "job_offer.noc");
        assert_eq!(e.errors[0].error.code, ee_rules::ErrorCode::InvalidNoc);
        assert_eq!(e.profile.unwrap().job_offer, None);
    }

    #[test]
    fn apply_profile_round_trips() {
        let mut f = Form::default();
        f.set("spouse.has", "true");
        f.set("spouse.first_language.test", "celpip_general");
        for a in ["speaking", "listening", "reading", "writing"] {
            f.set(&format!("spouse.first_language.{a}"), "8");
        }
        f.set("first_language.writing", "6,5");
        let p = evaluate(&f, &f).profile.unwrap();
        let mut g = Form::default();
        g.apply_profile(&p);
        assert_eq!(evaluate(&g, &g).profile.unwrap(), p);
        assert_eq!(g.get("first_language.writing"), "6.5");
    }
}
