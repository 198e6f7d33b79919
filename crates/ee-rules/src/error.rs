//! Validation errors as data: the field path, an English message, and a stable key for translations.
use serde::Serialize;
use std::fmt;

/// Machine-readable reason; the UI maps it to French (or English) text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The input is not a JSON object / not readable.
    InvalidInput,
    MissingField,
    UnknownField,
    DuplicateField,
    /// Wrong JSON type (text for a number, a float for an integer, ...).
    WrongType,
    OutOfRange,
    /// Not one of the allowed names.
    UnknownValue,
    /// IELTS score not on a half band.
    NotHalfBand,
    /// A test scored in whole numbers got a fraction.
    NotWholeScore,
    /// Second language is the same official language as the first.
    SameOfficialLanguage,
    /// A NOC code that is not five digits or has no valid TEER digit.
    InvalidNoc,
}

impl ErrorCode {
    pub fn key(self) -> &'static str {
        match self {
            ErrorCode::InvalidInput => "invalid_input",
            ErrorCode::MissingField => "missing_field",
            ErrorCode::UnknownField => "unknown_field",
            ErrorCode::DuplicateField => "duplicate_field",
            ErrorCode::WrongType => "wrong_type",
            ErrorCode::OutOfRange => "out_of_range",
            ErrorCode::UnknownValue => "unknown_value",
            ErrorCode::NotHalfBand => "not_half_band",
            ErrorCode::NotWholeScore => "not_whole_score",
            ErrorCode::SameOfficialLanguage => "same_official_language",
            ErrorCode::InvalidNoc => "invalid_noc",
        }
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
