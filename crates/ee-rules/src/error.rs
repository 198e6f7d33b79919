//! Validation errors as data: the field path, an English message, and a stable key for translations.
use serde::Serialize;
use std::fmt;

key_enum! {
    /// Machine-readable reason; the UI maps it to French (or English) text.
    pub enum ErrorCode {
        /// The input is not a JSON object / not readable.
        InvalidInput = "invalid_input",
        MissingField = "missing_field",
        UnknownField = "unknown_field",
        DuplicateField = "duplicate_field",
        /// Wrong JSON type (text for a number, a float for an integer, ...).
        WrongType = "wrong_type",
        OutOfRange = "out_of_range",
        /// Not one of the allowed names.
        UnknownValue = "unknown_value",
        /// IELTS score not on a half band.
        NotHalfBand = "not_half_band",
        /// A test scored in whole numbers got a fraction.
        NotWholeScore = "not_whole_score",
        /// Second language is the same official language as the first.
        SameOfficialLanguage = "same_official_language",
        /// A NOC code that is not five digits or has no valid TEER digit.
        InvalidNoc = "invalid_noc",
    }
}

/// `{"field": "first_language.writing", "message": "...", "code": "not_half_band"}`.
/// `field` is a dotted path ("" = the whole profile).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProfileError {
    pub field: String,
    pub message: String,
    pub code: ErrorCode,
}

impl ProfileError {
    pub fn new(
        field: impl Into<String>,
        code: ErrorCode,
        message: impl Into<String>,
    ) -> ProfileError {
        ProfileError {
            field: field.into(),
            message: message.into(),
            code,
        }
    }

    /// The contract's error envelope, `{"error": {...}}`.
    pub fn envelope(&self) -> ErrorEnvelope<'_> {
        ErrorEnvelope { error: self }
    }
}

impl fmt::Display for ProfileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.field, self.message)
        }
    }
}

impl std::error::Error for ProfileError {}

#[derive(Debug, Serialize)]
pub struct ErrorEnvelope<'a> {
    pub error: &'a ProfileError,
}
