//! Errors: decoding a blob (`DataError`) and asking for a card (`CardError`).

use serde::Serialize;

/// Why `Store::insert` refused a blob. Never a panic: bad bytes are reported here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "error", rename_all = "snake_case")]
pub enum DataError {
    /// The file name is not one of `noc_data::FILES`.
    UnknownFile { file: String },
    /// Shorter than the header.
    Truncated { file: String },
    /// Does not start with the blob magic: not a NOC data file (an HTML error page, say).
    BadMagic { file: String },
    UnsupportedVersion {
        file: String,
        found: u16,
        expected: u16,
    },
    /// A valid blob of another kind or language (e.g. a cards file saved under the directory's
    /// name, or the French directory under the English one's).
    WrongKind { file: String },
    /// A blob from another data build than this code was compiled with.
    OtherBuild {
        file: String,
        found: u32,
        expected: u32,
    },
    /// The payload does not decode.
    Corrupt { file: String, reason: String },
}

impl std::fmt::Display for DataError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DataError::UnknownFile { file } => write!(f, "{file}: not a NOC data file name"),
            DataError::Truncated { file } => write!(f, "{file}: truncated (shorter than the header)"),
            DataError::BadMagic { file } => write!(f, "{file}: not a NOC data blob (wrong magic bytes)"),
            DataError::UnsupportedVersion { file, found, expected } => {
                write!(f, "{file}: format version {found}, this code reads version {expected}")
            }
            DataError::WrongKind { file } => {
                write!(f, "{file}: holds a different kind or language of data than its name says")
            }
            DataError::OtherBuild { file, found, expected } => write!(
                f,
                "{file}: built from other data (build {found:#010x}, expected {expected:#010x}); reload the page"
            ),
            DataError::Corrupt { file, reason } => write!(f, "{file}: corrupt data ({reason})"),
        }
    }
}

impl std::error::Error for DataError {}

/// What is wrong with the shape of a code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum CodeProblem {
    Empty,
    /// A character that is not a digit.
    NotDigits {
        found: char,
    },
    /// NOC 2021 unit groups have 5 digits.
    WrongLength {
        digits: usize,
    },
}

impl std::fmt::Display for CodeProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CodeProblem::Empty => f.write_str("the code is empty"),
            CodeProblem::NotDigits { found } => {
                write!(f, "a NOC code has only digits, found {found:?}")
            }
            CodeProblem::WrongLength { digits } => {
                write!(
                    f,
                    "a NOC 2021 unit group code has 5 digits, this one has {digits}"
                )
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SuggestionReason {
    /// A unit group whose code starts like the one given.
    SamePrefix,
    /// A unit group inside the (broader) NOC 2021 class given.
    InClass,
    /// The NOC 2021 successor of the NOC 2016 code given.
    Noc2016Successor,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Suggestion {
    pub code: String,
    pub title: String,
    pub reason: SuggestionReason,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "error", rename_all = "snake_case")]
pub enum CardError {
    Malformed {
        input: String,
        problem: CodeProblem,
        suggestions: Vec<Suggestion>,
    },
    /// Well formed, but no NOC 2021 unit group has this code.
    Unknown {
        code: String,
        suggestions: Vec<Suggestion>,
    },
    /// The view needs these files, which are not inserted yet.
    MissingChunks { files: Vec<&'static str> },
}

impl std::fmt::Display for CardError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let list = |f: &mut std::fmt::Formatter<'_>, s: &[Suggestion]| -> std::fmt::Result {
            if !s.is_empty() {
                f.write_str("; did you mean ")?;
                for (i, x) in s.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{} {}", x.code, x.title)?;
                }
                f.write_str("?")?;
            }
            Ok(())
        };
        match self {
            CardError::Malformed {
                input,
                problem,
                suggestions,
            } => {
                write!(f, "{input:?} is not a NOC 2021 unit group code: {problem}")?;
                list(f, suggestions)
            }
            CardError::Unknown { code, suggestions } => {
                write!(f, "no NOC 2021 unit group has the code {code}")?;
                list(f, suggestions)
            }
            CardError::MissingChunks { files } => {
                write!(f, "data not loaded yet: {}", files.join(", "))
            }
        }
    }
}

impl std::error::Error for CardError {}
