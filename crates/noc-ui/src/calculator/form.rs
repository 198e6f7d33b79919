//! The calculator's form as text (what the reader typed) and its mapping to the rules engine's raw
//! profile. No points logic here: validation and scoring are `ee_rules`; this module only turns form
//! strings into `ee_rules::raw::Raw` and an engine `Profile` back into form strings.
use ee_rules::raw::Raw;
use ee_rules::{Ability, LanguageResult, Profile, ProfileError};
pub use noc_text::calculator::FieldProblem;

pub use super::field::{Field, FieldKind, Slot};

/// The form's text values, one per [`Field`].
#[derive(Clone, Debug, PartialEq)]
pub struct Form {
    /// By `Field as usize` (boxed: the form moves through actions and props).
    values: Box<[String; Field::ALL.len()]>,
}

impl Default for Form {
    fn default() -> Form {
        Form {
            values: Box::new(Field::ALL.map(|f| f.default_text().to_owned())),
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
            form.set(Field::Noc, code);
            form.set(Field::WorkTeer, &code[1..2]);
        }
        form
    }

    pub fn get(&self, field: Field) -> &str {
        &self.values[field as usize]
    }

    pub fn flag(&self, field: Field) -> bool {
        self.get(field) == "true"
    }

    pub fn set(&mut self, field: Field, value: &str) {
        self.values[field as usize] = value.to_owned();
    }

    /// Sets the field a key names (a share link's); unknown keys are ignored so a hand-edited link
    /// cannot add fields.
    pub fn set_key(&mut self, key: &str, value: &str) {
        if let Some(field) = Field::from_key(key) {
            self.set(field, value);
        }
    }

    /// Fields whose value differs from the default (what a share link needs).
    pub fn changed(&self) -> Vec<(Field, &str)> {
        Field::ALL
            .into_iter()
            .filter(|f| self.get(*f) != f.default_text())
            .map(|f| (f, self.get(f)))
            .collect()
    }

    pub fn quebec(&self) -> bool {
        self.flag(Field::Quebec)
    }

    /// The form as the engine's raw profile.
    pub fn to_raw(&self) -> Raw {
        let mut m: Vec<(String, Raw)> = Vec::new();
        let mut put = |k: &str, v: Raw| m.push((k.to_owned(), v));
        put("age", self.int(Field::Age));
        put("education", Raw::Str(self.get(Field::Education).to_owned()));
        put(
            "canadian_education",
            Raw::Str(self.get(Field::CanadianEducation).to_owned()),
        );
        put(
            "first_language",
            self.language(Slot::First).unwrap_or(Raw::Null),
        );
        put(
            "second_language",
            self.language(Slot::Second).unwrap_or(Raw::Null),
        );
        put("canadian_work_years", self.int(Field::CanadianWorkYears));
        put("foreign_work_years", self.int(Field::ForeignWorkYears));
        put("work_teer", self.int(Field::WorkTeer));
        put(
            "trade_certificate",
            Raw::Bool(self.flag(Field::TradeCertificate)),
        );
        put("trade_work_years", self.int(Field::TradeWorkYears));
        put(
            "job_offer",
            if self.flag(Field::JobOfferHas) {
                self.job_offer()
            } else {
                Raw::Null
            },
        );
        put(
            "sibling_in_canada",
            Raw::Bool(self.flag(Field::SiblingInCanada)),
        );
        put(
            "relative_in_canada",
            Raw::Bool(self.flag(Field::RelativeInCanada)),
        );
        put(
            "provincial_nomination",
            Raw::Bool(self.flag(Field::ProvincialNomination)),
        );
        put(
            "spouse",
            if self.flag(Field::SpouseHas) {
                self.spouse()
            } else {
                Raw::Null
            },
        );
        put("family_size", self.int(Field::FamilySize));
        put("settlement_funds_cad", self.int(Field::SettlementFundsCad));
        Raw::Map(m)
    }

    fn int(&self, field: Field) -> Raw {
        number(self.get(field), false)
    }

    fn language(&self, slot: Slot) -> Option<Raw> {
        let test = self.get(slot.test());
        if test == "none" {
            return None;
        }
        let mut m = vec![("test".to_owned(), Raw::Str(test.to_owned()))];
        for (ability, field) in Ability::ALL.into_iter().zip(slot.scores()) {
            m.push((ability.key().to_owned(), number(self.get(field), true)));
        }
        Some(Raw::Map(m))
    }

    fn job_offer(&self) -> Raw {
        let noc = self.get(Field::JobOfferNoc).trim().to_owned();
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
                Raw::Bool(self.flag(Field::SpouseAccompanying)),
            ),
            (
                "canadian_citizen_or_pr".into(),
                Raw::Bool(self.flag(Field::SpouseCitizenOrPr)),
            ),
            (
                "education".into(),
                Raw::Str(self.get(Field::SpouseEducation).to_owned()),
            ),
            (
                "first_language".into(),
                self.language(Slot::Spouse).unwrap_or(Raw::Null),
            ),
            (
                "canadian_work_years".into(),
                self.int(Field::SpouseCanadianWorkYears),
            ),
            (
                "canadian_study".into(),
                Raw::Bool(self.flag(Field::SpouseCanadianStudy)),
            ),
        ])
    }

    /// Copies an engine profile (e.g. a suggestion's) into the form, keeping the UI-only fields.
    pub fn apply_profile(&mut self, p: &Profile) {
        self.set(Field::Age, &p.age.to_string());
        self.set(Field::Education, p.education.key());
        self.set(Field::CanadianEducation, p.canadian_education.key());
        self.set_language(Slot::First, Some(&p.first_language));
        self.set_language(Slot::Second, p.second_language.as_ref());
        self.set(Field::CanadianWorkYears, &p.canadian_work_years.to_string());
        self.set(Field::ForeignWorkYears, &p.foreign_work_years.to_string());
        self.set(Field::WorkTeer, &p.work_teer.to_string());
        self.set(Field::TradeCertificate, bool_text(p.trade_certificate));
        self.set(Field::TradeWorkYears, &p.trade_work_years.to_string());
        self.set(Field::JobOfferHas, bool_text(p.job_offer.is_some()));
        if let Some(j) = &p.job_offer {
            self.set(Field::JobOfferNoc, &j.noc);
        }
        self.set(Field::SiblingInCanada, bool_text(p.sibling_in_canada));
        self.set(Field::RelativeInCanada, bool_text(p.relative_in_canada));
        self.set(
            Field::ProvincialNomination,
            bool_text(p.provincial_nomination),
        );
        self.set(Field::SpouseHas, bool_text(p.spouse.is_some()));
        if let Some(s) = &p.spouse {
            self.set(Field::SpouseAccompanying, bool_text(s.accompanying));
            self.set(
                Field::SpouseCitizenOrPr,
                bool_text(s.canadian_citizen_or_pr),
            );
            self.set(Field::SpouseEducation, s.education.key());
            self.set_language(Slot::Spouse, s.first_language.as_ref());
            self.set(
                Field::SpouseCanadianWorkYears,
                &s.canadian_work_years.to_string(),
            );
            self.set(Field::SpouseCanadianStudy, bool_text(s.canadian_study));
        }
        self.set(Field::FamilySize, &p.family_size.to_string());
        self.set(
            Field::SettlementFundsCad,
            &p.settlement_funds_cad.to_string(),
        );
    }

    fn set_language(&mut self, slot: Slot, result: Option<&LanguageResult>) {
        match result {
            Some(r) => {
                self.set(slot.test(), r.test.key());
                for (ability, field) in Ability::ALL.into_iter().zip(slot.scores()) {
                    self.set(field, &score_text(r.scores.get(ability)));
                }
            }
            None => self.set(slot.test(), "none"),
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
    pub key: Field,
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
    pub fn error_for(&self, key: Field) -> Option<&FieldError> {
        self.errors.iter().find(|e| e.key == key)
    }
}

/// The form field an engine error belongs to (`job_offer.teer` comes from the NOC code).
fn form_key(field: &str) -> Option<Field> {
    match field {
        "job_offer.teer" => Some(Field::JobOfferNoc),
        _ => Field::from_key(field),
    }
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
pub fn ui_errors(form: &Form, today: ee_rules::Date) -> Vec<(Field, FieldProblem)> {
    let mut out = Vec::new();
    for key in DATES {
        let text = form.get(key).trim();
        if !text.is_empty() && ee_rules::Date::parse(text).is_none_or(|d| d > today) {
            out.push((key, FieldProblem::InvalidDate));
        }
    }
    let noc = form.get(Field::Noc).trim();
    if !noc.is_empty() && !ee_rules::validate::is_noc_code(noc) {
        out.push((
            Field::Noc,
            FieldProblem::Rules(ee_rules::ErrorCode::InvalidNoc),
        ));
    }
    out
}

/// The UI-only date fields.
pub const DATES: [Field; 4] = [
    Field::BirthDate,
    Field::TestDate,
    Field::EcaDate,
    Field::CweStart,
];

/// A valid date field, if any.
pub fn date_of(form: &Form, key: Field) -> Option<ee_rules::Date> {
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
        f.set(Field::FirstWriting, "6.3");
        f.set(Field::Age, "35");
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
        f.set(Field::Age, "abc");
        f.set(Field::FamilySize, "");
        let e = evaluate(&f, &Form::default());
        let keys: Vec<_> = e.errors.iter().map(|e| e.key).collect();
        assert_eq!(keys, ["age", "family_size"]);
        assert!(e.errors[1].empty);
        assert!(e.profile.is_some());
    }

    #[test]
    fn a_new_second_language_with_no_scores_yet_marks_all_four_and_still_scores() {
        let mut f = Form::default();
        f.set(Field::SecondTest, "tef_canada");
        f.set(Field::SecondSpeaking, "400");
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
        f.set(Field::FirstTest, "pte_core");
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
        f.set(Field::JobOfferHas, "true");
        f.set(Field::JobOfferNoc, "123");
        let e = evaluate(&f, &Form::default());
        assert_eq!(e.errors.len(), 1);
        assert_eq!(e.errors[0].key, "job_offer.noc");
        assert_eq!(e.errors[0].error.code, ee_rules::ErrorCode::InvalidNoc);
        assert_eq!(e.profile.unwrap().job_offer, None);
    }

    #[test]
    fn apply_profile_round_trips() {
        let mut f = Form::default();
        f.set(Field::SpouseHas, "true");
        f.set(Field::SpouseTest, "celpip_general");
        for field in Slot::Spouse.scores() {
            f.set(field, "8");
        }
        f.set(Field::FirstWriting, "6,5");
        let p = evaluate(&f, &f).profile.unwrap();
        let mut g = Form::default();
        g.apply_profile(&p);
        assert_eq!(evaluate(&g, &g).profile.unwrap(), p);
        assert_eq!(g.get(Field::FirstWriting), "6.5");
    }
}
