//! Raw value -> validated `Profile`, checking every field and reporting every problem at once
//! (contract: docs/profile.md).
use crate::error::{ErrorCode, ProfileError};
use crate::language;
use crate::profile::*;
use crate::raw::Raw;
use serde::{Deserialize, Deserializer};

const PROFILE_FIELDS: [&str; 17] = [
    "age",
    "education",
    "canadian_education",
    "first_language",
    "second_language",
    "canadian_work_years",
    "foreign_work_years",
    "work_teer",
    "trade_certificate",
    "trade_work_years",
    "job_offer",
    "sibling_in_canada",
    "relative_in_canada",
    "provincial_nomination",
    "spouse",
    "family_size",
    "settlement_funds_cad",
];
const LANGUAGE_FIELDS: [&str; 5] = ["test", "speaking", "listening", "reading", "writing"];
const JOB_OFFER_FIELDS: [&str; 2] = ["teer", "noc"];
const SPOUSE_FIELDS: [&str; 6] = [
    "accompanying",
    "canadian_citizen_or_pr",
    "education",
    "first_language",
    "canadian_work_years",
    "canadian_study",
];

fn join(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_owned()
    } else {
        format!("{path}.{name}")
    }
}

/// An object whose keys were checked against the allowed list.
struct Obj<'a> {
    path: String,
    entries: &'a [(String, Raw)],
}

/// Every problem found, in the order the contract checks them (the first is the one a
/// stop-at-first reader reports).
#[derive(Default)]
struct Errors(Vec<ProfileError>);

impl Errors {
    /// The value, or None with its error kept.
    fn take<T>(&mut self, r: Result<T, ProfileError>) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(e) => {
                self.0.push(e);
                None
            }
        }
    }
}

/// An object's keys checked against the allowed list: every unknown or repeated key is an error,
/// the other fields are still read. None when the value is not an object at all.
fn object<'a>(raw: &'a Raw, path: &str, allowed: &[&str], errors: &mut Errors) -> Option<Obj<'a>> {
    let Raw::Map(entries) = raw else {
        let what = if path.is_empty() {
            "the profile"
        } else {
            "this field"
        };
        errors.0.push(ProfileError::new(
            path,
            ErrorCode::WrongType,
            format!("{what} must be an object, not {}", raw.kind()),
        ));
        return None;
    };
    for (i, (key, _)) in entries.iter().enumerate() {
        if !allowed.contains(&key.as_str()) {
            errors.0.push(ProfileError::new(
                join(path, key),
                ErrorCode::UnknownField,
                format!("unknown field; expected one of: {}", allowed.join(", ")),
            ));
        } else if entries[..i].iter().any(|(k, _)| k == key) {
            errors.0.push(ProfileError::new(
                join(path, key),
                ErrorCode::DuplicateField,
                "field given twice",
            ));
        }
    }
    Some(Obj {
        path: path.to_owned(),
        entries,
    })
}

impl<'a> Obj<'a> {
    fn field(&self, name: &str) -> String {
        join(&self.path, name)
    }

    fn get(&self, name: &str) -> Result<&'a Raw, ProfileError> {
        self.entries
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v)
            .ok_or_else(|| {
                ProfileError::new(
                    self.field(name),
                    ErrorCode::MissingField,
                    "required field is missing (use null where allowed)",
                )
            })
    }

    fn int(&self, name: &str, range: IntRange) -> Result<i128, ProfileError> {
        let (min, max) = (i128::from(range.min), i128::from(range.max));
        let field = self.field(name);
        match self.get(name)? {
            Raw::Int(v) if (min..=max).contains(v) => Ok(*v),
            Raw::Int(v) => Err(ProfileError::new(
                field,
                ErrorCode::OutOfRange,
                format!("must be from {min} to {max}, not {v}"),
            )),
            Raw::Float(f) => Err(ProfileError::new(
                field,
                ErrorCode::WrongType,
                format!("must be a whole number written without a decimal point, not {f:?}"),
            )),
            other => Err(ProfileError::new(
                field,
                ErrorCode::WrongType,
                format!("must be a whole number, not {}", other.kind()),
            )),
        }
    }

    /// A whole number whose range fits a `u8` (every range in [`ranges`] but the funds).
    fn small(&self, name: &str, range: IntRange) -> Result<u8, ProfileError> {
        Ok(self.int(name, range)? as u8)
    }

    fn boolean(&self, name: &str) -> Result<bool, ProfileError> {
        match self.get(name)? {
            Raw::Bool(b) => Ok(*b),
            other => Err(ProfileError::new(
                self.field(name),
                ErrorCode::WrongType,
                format!("must be true or false, not {}", other.kind()),
            )),
        }
    }

    fn text(&self, name: &str) -> Result<&'a str, ProfileError> {
        match self.get(name)? {
            Raw::Str(s) => Ok(s),
            other => Err(ProfileError::new(
                self.field(name),
                ErrorCode::WrongType,
                format!("must be text, not {}", other.kind()),
            )),
        }
    }

    fn choice<T>(
        &self,
        name: &str,
        parse: fn(&str) -> Option<T>,
        options: &[&str],
    ) -> Result<T, ProfileError> {
        let s = self.text(name)?;
        parse(s).ok_or_else(|| {
            ProfileError::new(
                self.field(name),
                ErrorCode::UnknownValue,
                format!("\"{s}\" is not one of: {}", options.join(", ")),
            )
        })
    }

    /// A nullable object field: Ok(None) for null.
    fn nullable(&self, name: &str) -> Result<Option<&'a Raw>, ProfileError> {
        match self.get(name)? {
            Raw::Null => Ok(None),
            other => Ok(Some(other)),
        }
    }
}

fn education(obj: &Obj, name: &str) -> Result<Education, ProfileError> {
    obj.choice(name, Education::from_key, &Education::ALL.map(|e| e.key()))
}

/// A language result; every bad score is reported (scores are judged on the test's scale only
/// when the test itself is valid).
fn language_result(raw: &Raw, path: &str, errors: &mut Errors) -> Option<LanguageResult> {
    let before = errors.0.len();
    let obj = object(raw, path, &LANGUAGE_FIELDS, errors)?;
    let test = errors.take(obj.choice(
        "test",
        LanguageTest::from_key,
        &LanguageTest::ALL.map(|t| t.key()),
    ));
    let mut scores = Abilities::all(Score(0.0));
    for ability in Ability::ALL {
        let field = obj.field(ability.key());
        let value = match errors.take(obj.get(ability.key())) {
            Some(Raw::Int(i)) => *i as f64,
            Some(Raw::Float(f)) => *f,
            Some(other) => {
                errors.0.push(ProfileError::new(
                    field,
                    ErrorCode::WrongType,
                    format!("must be a number, not {}", other.kind()),
                ));
                continue;
            }
            None => continue,
        };
        if let Some(test) = test {
            let checked = language::check_score(test, ability, value).map_err(|e| ProfileError {
                field: field.clone(),
                ..e
            });
            if errors.take(checked).is_some() {
                scores.set(ability, Score(value));
            }
        }
    }
    (errors.0.len() == before).then_some(LanguageResult {
        test: test?,
        scores,
    })
}

fn job_offer(raw: &Raw, path: &str, errors: &mut Errors) -> Option<JobOffer> {
    let before = errors.0.len();
    let obj = object(raw, path, &JOB_OFFER_FIELDS, errors)?;
    let teer = errors.take(obj.small("teer", ranges::TEER));
    let noc = errors.take(obj.text("noc"));
    if let Some(noc) = noc.filter(|n| !is_noc_code(n)) {
        errors.0.push(ProfileError::new(
            obj.field("noc"),
            ErrorCode::InvalidNoc,
            format!("must be a five-digit NOC 2021 code whose second digit (the TEER) is 0 to 5, not \"{noc}\""),
        ));
    }
    (errors.0.len() == before).then(|| JobOffer {
        teer: teer.unwrap_or_default(),
        noc: noc.unwrap_or_default().to_owned(),
    })
}

/// Five ASCII digits with a TEER digit (the second) from 0 to 5.
pub fn is_noc_code(code: &str) -> bool {
    let b = code.as_bytes();
    b.len() == 5 && b.iter().all(u8::is_ascii_digit) && b[1] <= b'5'
}

/// A nullable object field read with `read`: Some(None) for null, None when it has an error.
fn optional<T>(
    obj: &Obj,
    name: &str,
    errors: &mut Errors,
    read: impl FnOnce(&Raw, &str, &mut Errors) -> Option<T>,
) -> Option<Option<T>> {
    match errors.take(obj.nullable(name))? {
        None => Some(None),
        Some(r) => read(r, &obj.field(name), errors).map(Some),
    }
}

/// The spouse; each bad field falls back to `fallback`'s (the whole spouse is then usable only
/// when the fallback has one).
fn spouse(raw: &Raw, path: &str, errors: &mut Errors, fallback: Option<&Spouse>) -> Option<Spouse> {
    let before = errors.0.len();
    let obj = object(raw, path, &SPOUSE_FIELDS, errors)?;
    let accompanying = errors.take(obj.boolean("accompanying"));
    let canadian_citizen_or_pr = errors.take(obj.boolean("canadian_citizen_or_pr"));
    let education = errors.take(education(&obj, "education"));
    let first_language = optional(&obj, "first_language", errors, language_result);
    let canadian_work_years = errors.take(obj.small("canadian_work_years", ranges::WORK_YEARS));
    let canadian_study = errors.take(obj.boolean("canadian_study"));
    if errors.0.len() == before {
        return Some(Spouse {
            accompanying: accompanying?,
            canadian_citizen_or_pr: canadian_citizen_or_pr?,
            education: education?,
            first_language: first_language?,
            canadian_work_years: canadian_work_years?,
            canadian_study: canadian_study?,
        });
    }
    let f = fallback?;
    Some(Spouse {
        accompanying: accompanying.unwrap_or(f.accompanying),
        canadian_citizen_or_pr: canadian_citizen_or_pr.unwrap_or(f.canadian_citizen_or_pr),
        education: education.unwrap_or(f.education),
        first_language: first_language.unwrap_or(f.first_language),
        canadian_work_years: canadian_work_years.unwrap_or(f.canadian_work_years),
        canadian_study: canadian_study.unwrap_or(f.canadian_study),
    })
}

/// What validating a profile found: every field error, and the profile when one can be scored.
#[derive(Debug, Clone, PartialEq)]
pub struct Validation {
    /// Without errors, the profile as given. With errors, the profile with each bad field taken from
    /// the fallback (a language result, job offer or spouse as a whole when its fallback has none
    /// of its own); None when there is no fallback.
    pub profile: Option<Profile>,
    /// Every problem, in contract order; the first is the one `profile_from_raw` reports.
    pub errors: Vec<ProfileError>,
}

/// The inclusive bounds of a whole-number field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IntRange {
    pub min: i64,
    pub max: i64,
}

/// The range of every whole-number field of the profile: [`validate`] checks them, and the
/// calculator's form reads them for its hints and messages (one table, not two).
pub mod ranges {
    use super::IntRange;

    pub const AGE: IntRange = IntRange { min: 16, max: 100 };
    /// Canadian, foreign, trade and the spouse's Canadian work, in years.
    pub const WORK_YEARS: IntRange = IntRange { min: 0, max: 50 };
    /// The TEER of the main work and of a job offer (0 to 5).
    pub const TEER: IntRange = IntRange { min: 0, max: 5 };
    pub const FAMILY_SIZE: IntRange = IntRange { min: 1, max: 20 };
    /// Up to the largest whole number a JavaScript number holds exactly (2^53 − 1).
    pub const SETTLEMENT_FUNDS_CAD: IntRange = IntRange {
        min: 0,
        max: 9_007_199_254_740_991,
    };
}

/// Validates a raw value into a profile. The first problem found is returned, fields in contract
/// order, unknown fields first (so a typo is reported as the typo, not as a missing field).
pub fn profile_from_raw(raw: &Raw) -> Result<Profile, ProfileError> {
    let v = validate(raw, None);
    match (v.profile, v.errors.into_iter().next()) {
        (Some(p), None) => Ok(p),
        (_, Some(first)) => Err(first),
        (None, None) => Err(ProfileError::new(
            "",
            ErrorCode::InvalidInput,
            "not a readable profile",
        )),
    }
}

/// Validates every field at once. `fallback` (the last valid profile, in a form) stands in for
/// the fields in error, so one bad field does not stop the rest from being scored.
pub fn validate(raw: &Raw, fallback: Option<&Profile>) -> Validation {
    let mut errors = Errors::default();
    let Some(obj) = object(raw, "", &PROFILE_FIELDS, &mut errors) else {
        return Validation {
            profile: fallback.cloned(),
            errors: errors.0,
        };
    };
    let e = &mut errors;
    let age = e.take(obj.small("age", ranges::AGE));
    let education = e.take(education(&obj, "education"));
    let canadian_education = e.take(obj.choice(
        "canadian_education",
        CanadianEducation::from_key,
        &CanadianEducation::ALL.map(|e| e.key()),
    ));
    let first_language = match e.take(obj.get("first_language")) {
        Some(Raw::Null) => {
            e.0.push(ProfileError::new(
                "first_language",
                ErrorCode::WrongType,
                "must be a language result object; it is never null",
            ));
            None
        }
        Some(r) => language_result(r, "first_language", e),
        None => None,
    };
    let mut second_language = optional(&obj, "second_language", e, language_result);
    if let (Some(first), Some(Some(second))) = (&first_language, &second_language) {
        if second.test.language() == first.test.language() {
            e.0.push(ProfileError::new(
                "second_language.test",
                ErrorCode::SameOfficialLanguage,
                format!(
                    "the second language must be the other official language: {} and {} are both {}",
                    first.test.name(),
                    second.test.name(),
                    if second.test.language() == OfficialLanguage::English { "English" } else { "French" }
                ),
            ));
            second_language = None;
        }
    }
    let canadian_work_years = e.take(obj.small("canadian_work_years", ranges::WORK_YEARS));
    let foreign_work_years = e.take(obj.small("foreign_work_years", ranges::WORK_YEARS));
    let work_teer = e.take(obj.small("work_teer", ranges::TEER));
    let trade_certificate = e.take(obj.boolean("trade_certificate"));
    let trade_work_years = e.take(obj.small("trade_work_years", ranges::WORK_YEARS));
    let job_offer = optional(&obj, "job_offer", e, job_offer);
    let sibling_in_canada = e.take(obj.boolean("sibling_in_canada"));
    let relative_in_canada = e.take(obj.boolean("relative_in_canada"));
    let provincial_nomination = e.take(obj.boolean("provincial_nomination"));
    let fallback_spouse = fallback.and_then(|f| f.spouse.as_ref());
    let spouse = optional(&obj, "spouse", e, |r, path, e| {
        spouse(r, path, e, fallback_spouse)
    });
    let family_size = e.take(obj.small("family_size", ranges::FAMILY_SIZE));
    let settlement_funds_cad =
        e.take(obj.int("settlement_funds_cad", ranges::SETTLEMENT_FUNDS_CAD));

    let profile = if errors.0.is_empty() {
        // Every field was read (no error means no None above).
        (|| {
            Some(Profile {
                age: age?,
                education: education?,
                canadian_education: canadian_education?,
                first_language: first_language?,
                second_language: second_language?,
                canadian_work_years: canadian_work_years?,
                foreign_work_years: foreign_work_years?,
                work_teer: work_teer?,
                trade_certificate: trade_certificate?,
                trade_work_years: trade_work_years?,
                job_offer: job_offer?,
                sibling_in_canada: sibling_in_canada?,
                relative_in_canada: relative_in_canada?,
                provincial_nomination: provincial_nomination?,
                spouse: spouse?,
                family_size: family_size?,
                settlement_funds_cad: settlement_funds_cad? as u64,
            })
        })()
    } else {
        fallback.map(|f| {
            let first_language = first_language.unwrap_or(f.first_language);
            // A fallback second language must still be the other official language.
            let second_language = second_language
                .unwrap_or(f.second_language)
                .filter(|s| s.test.language() != first_language.test.language());
            Profile {
                age: age.unwrap_or(f.age),
                education: education.unwrap_or(f.education),
                canadian_education: canadian_education.unwrap_or(f.canadian_education),
                first_language,
                second_language,
                canadian_work_years: canadian_work_years.unwrap_or(f.canadian_work_years),
                foreign_work_years: foreign_work_years.unwrap_or(f.foreign_work_years),
                work_teer: work_teer.unwrap_or(f.work_teer),
                trade_certificate: trade_certificate.unwrap_or(f.trade_certificate),
                trade_work_years: trade_work_years.unwrap_or(f.trade_work_years),
                job_offer: job_offer.unwrap_or_else(|| f.job_offer.clone()),
                sibling_in_canada: sibling_in_canada.unwrap_or(f.sibling_in_canada),
                relative_in_canada: relative_in_canada.unwrap_or(f.relative_in_canada),
                provincial_nomination: provincial_nomination.unwrap_or(f.provincial_nomination),
                spouse: spouse.unwrap_or_else(|| f.spouse.clone()),
                family_size: family_size.unwrap_or(f.family_size),
                settlement_funds_cad: settlement_funds_cad
                    .map_or(f.settlement_funds_cad, |v| v as u64),
            }
        })
    };
    Validation {
        profile,
        errors: errors.0,
    }
}

/// Reads a profile from any self-describing serde source (serde_json, serde-wasm-bindgen).
/// A source that cannot even be read becomes an `invalid_input` error on the whole profile.
pub fn profile_from<'de, D: Deserializer<'de>>(d: D) -> Result<Profile, ProfileError> {
    let raw = Raw::deserialize(d).map_err(|e| {
        ProfileError::new(
            "",
            ErrorCode::InvalidInput,
            format!("not a readable profile: {e}"),
        )
    })?;
    profile_from_raw(&raw)
}

impl<'de> Deserialize<'de> for Profile {
    /// Plain serde entry point; the error text is "field: message". Prefer `profile_from` to keep
    /// the field and code apart.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Profile, D::Error> {
        let raw = Raw::deserialize(d)?;
        profile_from_raw(&raw).map_err(serde::de::Error::custom)
    }
}
