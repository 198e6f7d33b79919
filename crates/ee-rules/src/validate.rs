//! Raw value -> validated `Profile`, checking every field (contract: docs/profile.md).
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

fn object<'a>(raw: &'a Raw, path: &str, allowed: &[&str]) -> Result<Obj<'a>, ProfileError> {
    let Raw::Map(entries) = raw else {
        let what = if path.is_empty() {
            "the profile"
        } else {
            "this field"
        };
        return Err(ProfileError::new(
            path,
            ErrorCode::WrongType,
            format!("{what} must be an object, not {}", raw.kind()),
        ));
    };
    for (i, (key, _)) in entries.iter().enumerate() {
        if !allowed.contains(&key.as_str()) {
            return Err(ProfileError::new(
                join(path, key),
                ErrorCode::UnknownField,
                format!("unknown field; expected one of: {}", allowed.join(", ")),
            ));
        }
        if entries[..i].iter().any(|(k, _)| k == key) {
            return Err(ProfileError::new(
                join(path, key),
                ErrorCode::DuplicateField,
                "field given twice",
            ));
        }
    }
    Ok(Obj {
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

    fn int(&self, name: &str, min: i128, max: i128) -> Result<i128, ProfileError> {
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

    fn small(&self, name: &str, min: u8, max: u8) -> Result<u8, ProfileError> {
        Ok(self.int(name, min as i128, max as i128)? as u8)
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

fn language_result(raw: &Raw, path: &str) -> Result<LanguageResult, ProfileError> {
    let obj = object(raw, path, &LANGUAGE_FIELDS)?;
    let test = obj.choice(
        "test",
        LanguageTest::from_key,
        &LanguageTest::ALL.map(|t| t.key()),
    )?;
    let mut scores = Abilities::all(Score(0.0));
    for ability in Ability::ALL {
        let field = obj.field(ability.key());
        let value = match obj.get(ability.key())? {
            Raw::Int(i) => *i as f64,
            Raw::Float(f) => *f,
            other => {
                return Err(ProfileError::new(
                    field,
                    ErrorCode::WrongType,
                    format!("must be a number, not {}", other.kind()),
                ))
            }
        };
        language::check_score(test, ability, value).map_err(|e| ProfileError {
            field: field.clone(),
            ..e
        })?;
        scores.set(ability, Score(value));
    }
    Ok(LanguageResult { test, scores })
}

fn job_offer(raw: &Raw, path: &str) -> Result<JobOffer, ProfileError> {
    let obj = object(raw, path, &JOB_OFFER_FIELDS)?;
    let teer = obj.small("teer", 0, 5)?;
    let noc = obj.text("noc")?;
    if !is_noc_code(noc) {
        return Err(ProfileError::new(
            obj.field("noc"),
            ErrorCode::InvalidNoc,
            format!("must be a five-digit NOC 2021 code whose second digit (the TEER) is 0 to 5, not \"{noc}\""),
        ));
    }
    Ok(JobOffer {
        teer,
        noc: noc.to_owned(),
    })
}

/// Five ASCII digits with a TEER digit (the second) from 0 to 5.
pub fn is_noc_code(code: &str) -> bool {
    let b = code.as_bytes();
    b.len() == 5 && b.iter().all(u8::is_ascii_digit) && b[1] <= b'5'
}

fn spouse(raw: &Raw, path: &str) -> Result<Spouse, ProfileError> {
    let obj = object(raw, path, &SPOUSE_FIELDS)?;
    Ok(Spouse {
        accompanying: obj.boolean("accompanying")?,
        canadian_citizen_or_pr: obj.boolean("canadian_citizen_or_pr")?,
        education: education(&obj, "education")?,
        first_language: match obj.nullable("first_language")? {
            Some(r) => Some(language_result(r, &obj.field("first_language"))?),
            None => None,
        },
        canadian_work_years: obj.small("canadian_work_years", 0, 50)?,
        canadian_study: obj.boolean("canadian_study")?,
    })
}

/// Validates a raw value into a profile. The first problem found is returned, fields in contract
/// order, unknown fields first (so a typo is reported as the typo, not as a missing field).
pub fn profile_from_raw(raw: &Raw) -> Result<Profile, ProfileError> {
    let obj = object(raw, "", &PROFILE_FIELDS)?;
    let age = obj.small("age", 16, 100)?;
    let education = education(&obj, "education")?;
    let canadian_education = obj.choice(
        "canadian_education",
        CanadianEducation::from_key,
        &CanadianEducation::ALL.map(|e| e.key()),
    )?;
    let first_language = match obj.get("first_language")? {
        Raw::Null => {
            return Err(ProfileError::new(
                "first_language",
                ErrorCode::WrongType,
                "must be a language result object; it is never null",
            ))
        }
        r => language_result(r, "first_language")?,
    };
    let second_language = match obj.nullable("second_language")? {
        Some(r) => {
            let second = language_result(r, "second_language")?;
            if second.test.language() == first_language.test.language() {
                return Err(ProfileError::new(
                    "second_language.test",
                    ErrorCode::SameOfficialLanguage,
                    format!(
                        "the second language must be the other official language: {} and {} are both {}",
                        first_language.test.name(),
                        second.test.name(),
                        if second.test.language() == OfficialLanguage::English { "English" } else { "French" }
                    ),
                ));
            }
            Some(second)
        }
        None => None,
    };
    Ok(Profile {
        age,
        education,
        canadian_education,
        first_language,
        second_language,
        canadian_work_years: obj.small("canadian_work_years", 0, 50)?,
        foreign_work_years: obj.small("foreign_work_years", 0, 50)?,
        work_teer: obj.small("work_teer", 0, 5)?,
        trade_certificate: obj.boolean("trade_certificate")?,
        trade_work_years: obj.small("trade_work_years", 0, 50)?,
        job_offer: match obj.nullable("job_offer")? {
            Some(r) => Some(job_offer(r, "job_offer")?),
            None => None,
        },
        sibling_in_canada: obj.boolean("sibling_in_canada")?,
        relative_in_canada: obj.boolean("relative_in_canada")?,
        provincial_nomination: obj.boolean("provincial_nomination")?,
        spouse: match obj.nullable("spouse")? {
            Some(r) => Some(spouse(r, "spouse")?),
            None => None,
        },
        family_size: obj.small("family_size", 1, 20)?,
        settlement_funds_cad: obj.int("settlement_funds_cad", 0, 9_007_199_254_740_991)? as u64,
    })
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
