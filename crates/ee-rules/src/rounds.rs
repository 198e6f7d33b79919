//! Express Entry rounds of invitations as data: the model, IRCC's feed fields, the classification of
//! IRCC's round names, tie-break times, pool distributions and a compact binary encoding.
//!
//! The rounds themselves are not in this crate: `data/ircc/` holds IRCC's feed
//! (`ee_rounds_123_en.json`) and a supplement in the same format; `noc-data`'s build step validates
//! them with [`round_from_fields`] and writes [`encode`]d bytes as the data file `rounds.bin`, which
//! the widget fetches only for the views that show rounds and the `noc` command embeds.
//! Everything here is pure (no I/O, no JSON library): callers hand each feed record over as a
//! field lookup.
use crate::date::Date;
use serde::Serialize;
use std::fmt;

/// Round type, as before: all programs, one program, or a category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RoundKind {
    /// All programs ("No Program Specified", "General"; none held since 2024).
    General,
    /// One program: `canadian_experience_class`, `provincial_nominee_program`, `federal_skilled_worker`, `federal_skilled_trades`.
    Program,
    /// Category-based selection; `group` is a category key of `categories.rs`.
    Category,
}

/// What a round was for: a program or a category. `key()` is the group key used across the crate
/// (category keys are those of `categories.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RoundClass {
    AllPrograms,
    CanadianExperienceClass,
    ProvincialNomineeProgram,
    FederalSkilledWorker,
    FederalSkilledTrades,
    FrenchLanguage,
    HealthcareSocialServices,
    Stem,
    Trades,
    Transport,
    AgricultureAgriFood,
    Education,
    PhysiciansCanadianExperience,
    SeniorManagersCanadianExperience,
    SkilledMilitaryRecruits,
    ResearchersCanadianExperience,
}

impl RoundClass {
    pub const ALL: [RoundClass; 16] = [
        RoundClass::AllPrograms,
        RoundClass::CanadianExperienceClass,
        RoundClass::ProvincialNomineeProgram,
        RoundClass::FederalSkilledWorker,
        RoundClass::FederalSkilledTrades,
        RoundClass::FrenchLanguage,
        RoundClass::HealthcareSocialServices,
        RoundClass::Stem,
        RoundClass::Trades,
        RoundClass::Transport,
        RoundClass::AgricultureAgriFood,
        RoundClass::Education,
        RoundClass::PhysiciansCanadianExperience,
        RoundClass::SeniorManagersCanadianExperience,
        RoundClass::SkilledMilitaryRecruits,
        RoundClass::ResearchersCanadianExperience,
    ];

    pub fn key(self) -> &'static str {
        match self {
            RoundClass::AllPrograms => "all",
            RoundClass::CanadianExperienceClass => "canadian_experience_class",
            RoundClass::ProvincialNomineeProgram => "provincial_nominee_program",
            RoundClass::FederalSkilledWorker => "federal_skilled_worker",
            RoundClass::FederalSkilledTrades => "federal_skilled_trades",
            RoundClass::FrenchLanguage => "french_language",
            RoundClass::HealthcareSocialServices => "healthcare_social_services",
            RoundClass::Stem => "stem",
            RoundClass::Trades => "trades",
            RoundClass::Transport => "transport",
            RoundClass::AgricultureAgriFood => "agriculture_agri_food",
            RoundClass::Education => "education",
            RoundClass::PhysiciansCanadianExperience => "physicians_canadian_experience",
            RoundClass::SeniorManagersCanadianExperience => "senior_managers_canadian_experience",
            RoundClass::SkilledMilitaryRecruits => "skilled_military_recruits",
            RoundClass::ResearchersCanadianExperience => "researchers_canadian_experience",
        }
    }

    pub fn from_key(key: &str) -> Option<RoundClass> {
        RoundClass::ALL.into_iter().find(|c| c.key() == key)
    }

    pub fn kind(self) -> RoundKind {
        match self {
            RoundClass::AllPrograms => RoundKind::General,
            RoundClass::CanadianExperienceClass
            | RoundClass::ProvincialNomineeProgram
            | RoundClass::FederalSkilledWorker
            | RoundClass::FederalSkilledTrades => RoundKind::Program,
            _ => RoundKind::Category,
        }
    }
}

/// IRCC's round names (`drawName`) since 2015, each mapped explicitly. A name not listed here is an
/// error naming the round (add the line when IRCC starts a new category version).
/// Matching ignores case and repeated spaces, nothing else.
pub const ROUND_NAMES: &[(&str, RoundClass)] = &[
    ("No Program Specified", RoundClass::AllPrograms),
    ("General", RoundClass::AllPrograms),
    (
        "Canadian Experience Class",
        RoundClass::CanadianExperienceClass,
    ),
    (
        "Provincial Nominee Program",
        RoundClass::ProvincialNomineeProgram,
    ),
    ("Federal Skilled Worker", RoundClass::FederalSkilledWorker),
    ("Federal Skilled Trades", RoundClass::FederalSkilledTrades),
    (
        "French language proficiency (Version 1)",
        RoundClass::FrenchLanguage,
    ),
    (
        "French-Language proficiency 2026-Version 2",
        RoundClass::FrenchLanguage,
    ),
    (
        "Healthcare occupations (Version 1)",
        RoundClass::HealthcareSocialServices,
    ),
    (
        "Healthcare and social services occupations (Version 2)",
        RoundClass::HealthcareSocialServices,
    ),
    (
        "Healthcare and Social Services Occupations, 2026-Version 3",
        RoundClass::HealthcareSocialServices,
    ),
    ("STEM occupations (Version 1)", RoundClass::Stem),
    ("Trade occupations (Version 1)", RoundClass::Trades),
    ("Trade occupations (Version 2)", RoundClass::Trades),
    ("Trades Occupations, 2026-Version 3", RoundClass::Trades),
    ("Transport occupations (Version 1)", RoundClass::Transport),
    (
        "Transport Occupations, 2026-Version 2",
        RoundClass::Transport,
    ),
    (
        "Agriculture and agri-food occupations (Version 1)",
        RoundClass::AgricultureAgriFood,
    ),
    ("Education occupations (Version 1)", RoundClass::Education),
    (
        "Physicians with Canadian Work Experience, 2026-Version 1",
        RoundClass::PhysiciansCanadianExperience,
    ),
    (
        "Senior managers with Canadian Work Experience, 2026-Version 1",
        RoundClass::SeniorManagersCanadianExperience,
    ),
    (
        "Skilled Military Recruits, 2026-Version 1",
        RoundClass::SkilledMilitaryRecruits,
    ),
];

fn squash(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The class of IRCC's round name, if it is one of [`ROUND_NAMES`].
pub fn classify(draw_name: &str) -> Option<RoundClass> {
    let wanted = squash(draw_name);
    ROUND_NAMES
        .iter()
        .find(|(name, _)| squash(name) == wanted)
        .map(|&(_, class)| class)
}

/// A UTC date and time (tie-break times).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateTime {
    pub date: Date,
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
}

impl fmt::Display for DateTime {
    /// `2026-07-03T21:35:13Z`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}T{:02}:{:02}:{:02}Z",
            self.date, self.hour, self.minute, self.second
        )
    }
}

impl Serialize for DateTime {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl DateTime {
    fn seconds(self) -> i64 {
        days_from_date(self.date) * 86_400
            + self.hour as i64 * 3600
            + self.minute as i64 * 60
            + self.second as i64
    }

    fn from_seconds(s: i64) -> Option<DateTime> {
        let days = s.div_euclid(86_400);
        let rest = s.rem_euclid(86_400);
        Some(DateTime {
            date: date_from_days(days)?,
            hour: (rest / 3600) as u8,
            minute: (rest / 60 % 60) as u8,
            second: (rest % 60) as u8,
        })
    }
}

/// Days since 1970-01-01 (proleptic Gregorian).
pub fn days_from_date(d: Date) -> i64 {
    let (y, m, day) = (d.year as i64, d.month as i64, d.day as i64);
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Inverse of [`days_from_date`]; None outside years 0..=65535.
pub fn date_from_days(z: i64) -> Option<Date> {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + if month <= 2 { 1 } else { 0 };
    let year = u16::try_from(year).ok()?;
    Some(Date::new(year, month as u8, day as u8))
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Splits IRCC's free-form dates into words: spaces, commas and full stops separate; "at" and
/// "UTC" are dropped.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || c == ',' || c == '.')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .filter(|w| w != "at" && w != "utc")
        .collect()
}

/// Month name, day (ordinal suffix allowed), optional year; returns what it did not use.
fn long_date(words: &[String], year_hint: Option<Date>) -> Result<(Date, &[String]), String> {
    let (month, rest) = words.split_first().ok_or("empty")?;
    let month = MONTHS
        .iter()
        .position(|m| m == month)
        .ok_or_else(|| format!("'{month}' is not a month name"))? as u8
        + 1;
    let (day, rest) = rest.split_first().ok_or("no day")?;
    let digits = day.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &day[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") || digits.is_empty() || digits.len() > 2 {
        return Err(format!("'{day}' is not a day of the month"));
    }
    let day: u8 = digits
        .parse()
        .map_err(|_| format!("'{day}' is not a day"))?;
    let (year, rest) = match rest.first() {
        Some(y) if y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()) => {
            (y.parse::<u16>().map_err(|_| "bad year")?, &rest[1..])
        }
        // IRCC left the year out once ("October 7 at 16:38:21 UTC"): the latest such day not after
        // the round.
        _ => {
            let hint = year_hint.ok_or("no year")?;
            let this = hint.year;
            if (month, day) <= (hint.month, hint.day) {
                (this, rest)
            } else {
                (this - 1, rest)
            }
        }
    };
    let iso = format!("{year:04}-{month:02}-{day:02}");
    let date = Date::parse(&iso).ok_or_else(|| format!("{iso} is not a calendar day"))?;
    Ok((date, rest))
}

/// Parses a long date such as "August 3, 2026" (`drawDistributionAsOn`).
pub fn parse_long_date(text: &str) -> Result<Date, String> {
    let w = words(text);
    let (date, rest) = long_date(&w, None)?;
    if !rest.is_empty() {
        return Err(format!("unexpected '{}'", rest.join(" ")));
    }
    Ok(date)
}

/// Parses IRCC's tie-break time (`drawCutOff`), irregular forms included: "July 3rd 2026 at
/// 21:35:13 UTC", "September 05, 2025 at 0:59:13 UTC", "March 02. 2024 at 01:58:34 UTC",
/// "June 22, 2021 at 20:19:59 PM UTC", a missing "at", "UTC" or year. The year, when missing, is
/// the latest that puts the time on or before `round_date`. Empty text is `Ok(None)` (no tie-break
/// published, rounds of 2015–2017).
pub fn parse_tie_break(text: &str, round_date: Date) -> Result<Option<DateTime>, String> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let w = words(text);
    let (date, rest) = long_date(&w, Some(round_date))?;
    let (time, rest) = rest.split_first().ok_or("no time of day")?;
    let parts: Vec<&str> = time.split(':').collect();
    let nums: Vec<u8> = parts
        .iter()
        .filter(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
        .filter_map(|p| p.parse().ok())
        .collect();
    if parts.len() != 3 || nums.len() != 3 {
        return Err(format!("'{time}' is not a time hh:mm:ss"));
    }
    let (mut hour, minute, second) = (nums[0], nums[1], nums[2]);
    match rest {
        [] => {}
        [m] if m == "am" && hour <= 12 => hour %= 12,
        // "20:19:59 PM": a 24-hour time with a needless PM.
        [m] if m == "pm" && hour <= 12 => hour = hour % 12 + 12,
        [m] if m == "pm" => {}
        _ => return Err(format!("unexpected '{}'", rest.join(" "))),
    }
    if hour > 23 || minute > 59 || second > 59 {
        return Err(format!("'{time}' is not a time of day"));
    }
    Ok(Some(DateTime {
        date,
        hour,
        minute,
        second,
    }))
}

/// CRS bands of IRCC's pool distribution, `dd1`…`dd17` (inclusive score ranges); `dd18` is the total.
/// `dd3` (451–500) is the sum of `dd4`…`dd8`, `dd9` (401–450) the sum of `dd10`…`dd14`.
pub const BANDS: [(u16, u16); 17] = [
    (601, 1200),
    (501, 600),
    (451, 500),
    (491, 500),
    (481, 490),
    (471, 480),
    (461, 470),
    (451, 460),
    (401, 450),
    (441, 450),
    (431, 440),
    (421, 430),
    (411, 420),
    (401, 410),
    (351, 400),
    (301, 350),
    (0, 300),
];

/// The CRS distribution of every profile in the pool on one day. `counts[i]` is `dd{i+1}`; None
/// where our copy does not have the figure (a supplement may carry only the wide bands).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Distribution {
    pub as_of: Date,
    pub counts: [Option<u32>; 18],
}

/// One band of a distribution, finest available.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Band {
    pub low: u16,
    pub high: u16,
    pub count: u32,
}

impl Distribution {
    pub fn total(&self) -> Option<u32> {
        self.counts[17]
    }

    /// The narrowest bands that cover 0–1200 without overlap, highest first: the ten-point bands
    /// of 401–500 when present, else the fifty-point ones.
    pub fn bands(&self) -> Vec<Band> {
        let band = |i: usize| {
            self.counts[i].map(|count| Band {
                low: BANDS[i].0,
                high: BANDS[i].1,
                count,
            })
        };
        let fine = |wide: usize, parts: std::ops::Range<usize>| -> Vec<Option<Band>> {
            let parts: Vec<Option<Band>> = parts.map(band).collect();
            if parts.iter().all(|p| p.is_some()) {
                parts
            } else {
                vec![band(wide)]
            }
        };
        let mut out = vec![band(0), band(1)];
        out.extend(fine(2, 3..8));
        out.extend(fine(8, 9..14));
        out.extend([band(14), band(15), band(16)]);
        out.into_iter().flatten().collect()
    }

    /// Where a score stands: how many profiles had a score at or above it. Within a band the
    /// distribution does not say, so the count is a range unless the score starts a band.
    pub fn position(&self, score: u16) -> Option<PoolPosition> {
        let total = self.total()?;
        let bands = self.bands();
        if bands.len() < 7 {
            return None;
        }
        let above: u32 = bands
            .iter()
            .filter(|b| b.low > score)
            .map(|b| b.count)
            .sum();
        let band = bands
            .iter()
            .find(|b| b.low <= score && score <= b.high)
            .copied()?;
        let exact = band.low == score;
        let at_or_above_min = if exact { above + band.count } else { above };
        Some(PoolPosition {
            as_of: self.as_of,
            total,
            at_or_above_min,
            at_or_above_max: above + band.count,
            band,
        })
    }
}

/// Result of [`Distribution::position`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PoolPosition {
    pub as_of: Date,
    /// Profiles in the pool that day.
    pub total: u32,
    /// Profiles with a score at or above the reader's: between these two (equal when the score is
    /// the lowest of its band).
    pub at_or_above_min: u32,
    pub at_or_above_max: u32,
    /// The band the score falls in.
    pub band: Band,
}

/// One round of invitations. Serialized fields up to `source` are the old snapshot's; the rest
/// were added with the feed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Round {
    /// IRCC round number (`drawNumber` without a letter; #91a and #91b are both 91).
    pub number: Option<u16>,
    pub date: Date,
    pub kind: RoundKind,
    /// Program or category key; `all` for general rounds.
    pub group: &'static str,
    pub invitations: u32,
    pub lowest_crs: u16,
    pub source: String,
    /// IRCC's number as written ("434", "91a").
    pub label: String,
    /// IRCC's round name (`drawName`).
    pub name: String,
    /// Tie-break: profiles at the cut-off score submitted up to this time were invited.
    pub tie_break: Option<DateTime>,
    /// The pool on or shortly before the round (None for rounds before 2022, which IRCC published as zeros).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distribution: Option<Distribution>,
}

impl Round {
    pub fn class(&self) -> RoundClass {
        RoundClass::from_key(self.group).unwrap_or(RoundClass::AllPrograms)
    }
}

/// A feed record's field as the caller found it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field<'a> {
    Missing,
    /// Present but not a JSON string (IRCC writes every value as text).
    NotText,
    Text(&'a str),
}

/// A feed record that cannot be read: which round (its `drawNumber`, or its position when that is
/// unreadable), which field, why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedError {
    pub round: String,
    pub field: String,
    pub reason: String,
}

impl fmt::Display for FeedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "round {}, field {}: {}",
            self.round, self.field, self.reason
        )
    }
}

impl std::error::Error for FeedError {}

fn whole(text: &str) -> Option<u32> {
    let t = text.trim();
    let digits: String = t.chars().filter(|&c| c != ',').collect();
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // Thousands separators, if any, must be every three digits.
    if t.contains(',') {
        let groups: Vec<&str> = t.split(',').collect();
        if groups[0].is_empty() || groups[0].len() > 3 || groups[1..].iter().any(|g| g.len() != 3) {
            return None;
        }
    }
    digits.parse().ok()
}

/// Reads one record of IRCC's feed (fields as in `ee_rounds_123_en.json`). `position` (from 1)
/// names the record when its `drawNumber` is unreadable; `source` is stored with the round.
pub fn round_from_fields<'a>(
    position: usize,
    field: &dyn Fn(&str) -> Field<'a>,
    source: &str,
) -> Result<Round, FeedError> {
    let mut round_name = format!("at position {position}");
    let err = |round: &str, name: &str, reason: String| FeedError {
        round: round.to_owned(),
        field: name.to_owned(),
        reason,
    };
    let text = |round: &str, name: &str| -> Result<&'a str, FeedError> {
        match field(name) {
            Field::Text(t) => Ok(t),
            Field::Missing => Err(err(round, name, "missing".into())),
            Field::NotText => Err(err(round, name, "not a text value".into())),
        }
    };
    let label = text(&round_name, "drawNumber")?.trim();
    let digits = label.trim_end_matches(|c: char| c.is_ascii_lowercase());
    let letters = label.len() - digits.len();
    let number: u16 = match digits.parse() {
        Ok(n) if letters <= 1 && n > 0 && digits.bytes().all(|b| b.is_ascii_digit()) => n,
        _ => {
            return Err(err(
                &round_name,
                "drawNumber",
                format!("'{label}' is not a round number"),
            ))
        }
    };
    round_name = format!("#{label}");
    let r = round_name.as_str();
    let date_text = text(r, "drawDate")?;
    let date = Date::parse(date_text.trim()).ok_or_else(|| {
        err(
            r,
            "drawDate",
            format!("'{date_text}' is not a date YYYY-MM-DD"),
        )
    })?;
    let name = text(r, "drawName")?.trim();
    let class = classify(name).ok_or_else(|| {
        err(
            r,
            "drawName",
            format!("'{name}' is not a known round name (add it to ee_rules::rounds::ROUND_NAMES)"),
        )
    })?;
    let size_text = text(r, "drawSize")?;
    let invitations = whole(size_text).filter(|&n| n > 0).ok_or_else(|| {
        err(
            r,
            "drawSize",
            format!("'{size_text}' is not a number of invitations"),
        )
    })?;
    let crs_text = text(r, "drawCRS")?;
    let lowest_crs = whole(crs_text).filter(|&n| n <= 1200).ok_or_else(|| {
        err(
            r,
            "drawCRS",
            format!("'{crs_text}' is not a CRS score (0–1200)"),
        )
    })? as u16;
    let cut_text = text(r, "drawCutOff")?;
    let tie_break = parse_tie_break(cut_text, date)
        .map_err(|e| err(r, "drawCutOff", format!("'{cut_text}': {e}")))?;
    let mut counts = [None; 18];
    for (i, slot) in counts.iter_mut().enumerate() {
        let name = format!("dd{}", i + 1);
        let t = text(r, &name)?;
        if t.trim().is_empty() {
            continue;
        }
        *slot = Some(whole(t).ok_or_else(|| err(r, &name, format!("'{t}' is not a count")))?);
    }
    let distribution = if counts.iter().all(|c| c.unwrap_or(0) == 0) {
        None
    } else {
        let as_of_text = text(r, "drawDistributionAsOn")?;
        let as_of = parse_long_date(as_of_text)
            .map_err(|e| err(r, "drawDistributionAsOn", format!("'{as_of_text}': {e}")))?;
        let total = counts[17].ok_or_else(|| err(r, "dd18", "no total".into()))?;
        // The wide bands must add up to the total (IRCC's ten-point bands once did not, #247).
        let wide: Option<u32> = [0, 1, 2, 8, 14, 15, 16].iter().map(|&i| counts[i]).sum();
        if let Some(sum) = wide {
            if sum != total {
                return Err(err(
                    r,
                    "dd18",
                    format!("total {total} is not the sum of the bands ({sum})"),
                ));
            }
        }
        Some(Distribution { as_of, counts })
    };
    Ok(Round {
        number: Some(number),
        date,
        kind: class.kind(),
        group: class.key(),
        invitations,
        lowest_crs,
        source: source.to_owned(),
        label: label.to_owned(),
        name: name.to_owned(),
        tie_break,
        distribution,
    })
}

/// Puts rounds newest first (date, then number and label) and rejects two records with one number.
pub fn sort_and_check(rounds: &mut [Round]) -> Result<(), FeedError> {
    rounds.sort_by(|a, b| (b.date, b.number, &b.label).cmp(&(a.date, a.number, &a.label)));
    let mut labels: Vec<&str> = rounds.iter().map(|r| r.label.as_str()).collect();
    labels.sort_unstable();
    if let Some(w) = labels.windows(2).find(|w| w[0] == w[1]) {
        return Err(FeedError {
            round: format!("#{}", w[0]),
            field: "drawNumber".into(),
            reason: "appears twice".into(),
        });
    }
    Ok(())
}

// ---- compact encoding -------------------------------------------------------------------------
//
// Version byte, then LEB128 varints: the tables of names and sources, the number of rounds, and
// per round (newest first): number, letter (0 or ASCII), days before the previous round (zigzag),
// name index, source index, invitations, cut-off, tie-break (0 = none, else zigzag seconds
// before the round's day + 1), distribution day (0 = none, else days before the round + 1) and its
// 18 counts (0 = not in our copy, else zigzag change from the previous distribution's count + 1).

const FORMAT: u8 = 1;

fn put(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn zig(v: i64) -> u64 {
    ((v << 1) ^ (v >> 63)) as u64
}

fn unzig(v: u64) -> i64 {
    ((v >> 1) as i64) ^ -((v & 1) as i64)
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    put(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

/// Encodes rounds (in their order) compactly; [`decode`] gives them back equal.
pub fn encode(rounds: &[Round]) -> Vec<u8> {
    let mut names: Vec<&str> = Vec::new();
    let mut sources: Vec<&str> = Vec::new();
    for r in rounds {
        if !names.contains(&r.name.as_str()) {
            names.push(&r.name);
        }
        if !sources.contains(&r.source.as_str()) {
            sources.push(&r.source);
        }
    }
    let mut out = vec![FORMAT];
    for table in [&names, &sources] {
        put(&mut out, table.len() as u64);
        for s in table.iter() {
            put_str(&mut out, s);
        }
    }
    put(&mut out, rounds.len() as u64);
    let mut prev_day = days_from_date(Date::new(2100, 1, 1));
    let mut prev_counts = [0i64; 18];
    for r in rounds {
        let day = days_from_date(r.date);
        put(&mut out, r.number.unwrap_or(0) as u64);
        put(
            &mut out,
            r.label
                .bytes()
                .last()
                .filter(|b| b.is_ascii_lowercase())
                .unwrap_or(0) as u64,
        );
        put(&mut out, zig(prev_day - day));
        prev_day = day;
        put(
            &mut out,
            names.iter().position(|n| *n == r.name).unwrap_or(0) as u64,
        );
        put(
            &mut out,
            sources.iter().position(|n| *n == r.source).unwrap_or(0) as u64,
        );
        put(&mut out, r.invitations as u64);
        put(&mut out, r.lowest_crs as u64);
        match r.tie_break {
            None => put(&mut out, 0),
            Some(t) => put(&mut out, zig(day * 86_400 - t.seconds()) + 1),
        }
        match &r.distribution {
            None => put(&mut out, 0),
            Some(d) => {
                put(&mut out, (day - days_from_date(d.as_of)).max(0) as u64 + 1);
                for (i, c) in d.counts.iter().enumerate() {
                    match c {
                        None => put(&mut out, 0),
                        Some(c) => {
                            put(&mut out, zig(*c as i64 - prev_counts[i]) + 1);
                            prev_counts[i] = *c as i64;
                        }
                    }
                }
            }
        }
    }
    out
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn num(&mut self) -> Result<u64, String> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = *self.bytes.get(self.at).ok_or("rounds data ends early")?;
            self.at += 1;
            v |= ((b & 0x7f) as u64) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err("rounds data: number too long".into())
    }

    fn small<T: TryFrom<u64>>(&mut self, what: &str) -> Result<T, String> {
        let v = self.num()?;
        T::try_from(v).map_err(|_| format!("rounds data: {what} {v} out of range"))
    }

    fn text(&mut self) -> Result<String, String> {
        let len: usize = self.small("text length")?;
        let end = self
            .at
            .checked_add(len)
            .filter(|&e| e <= self.bytes.len())
            .ok_or("rounds data ends early")?;
        let s =
            std::str::from_utf8(&self.bytes[self.at..end]).map_err(|_| "rounds data: bad text")?;
        self.at = end;
        Ok(s.to_owned())
    }
}

/// Decodes [`encode`]d rounds; a damaged file is an error, never a panic.
pub fn decode(bytes: &[u8]) -> Result<Vec<Round>, String> {
    let mut r = Reader { bytes, at: 0 };
    match bytes.first() {
        Some(&FORMAT) => r.at = 1,
        _ => return Err("rounds data: unknown format".into()),
    }
    let mut tables: [Vec<String>; 2] = [Vec::new(), Vec::new()];
    for table in tables.iter_mut() {
        let n: usize = r.small("table size")?;
        for _ in 0..n.min(bytes.len()) {
            table.push(r.text()?);
        }
    }
    let [names, sources] = tables;
    let classes: Vec<Option<RoundClass>> = names.iter().map(|n| classify(n)).collect();
    let n: usize = r.small("round count")?;
    let mut out = Vec::with_capacity(n.min(bytes.len()));
    let mut prev_day = days_from_date(Date::new(2100, 1, 1));
    let mut prev_counts = [0i64; 18];
    for _ in 0..n {
        let number: u16 = r.small("round number")?;
        let letter: u8 = r.small("letter")?;
        let day = prev_day - unzig(r.num()?);
        prev_day = day;
        let date = date_from_days(day).ok_or("rounds data: bad date")?;
        let name_i: usize = r.small("name")?;
        let name = names
            .get(name_i)
            .ok_or("rounds data: bad name index")?
            .clone();
        let class =
            classes[name_i].ok_or_else(|| format!("rounds data: unknown round name '{name}'"))?;
        let source_i: usize = r.small("source")?;
        let source = sources
            .get(source_i)
            .ok_or("rounds data: bad source index")?
            .clone();
        let invitations: u32 = r.small("invitations")?;
        let lowest_crs: u16 = r.small("cut-off")?;
        let tie_break = match r.num()? {
            0 => None,
            v => Some(
                DateTime::from_seconds(day * 86_400 - unzig(v - 1))
                    .ok_or("rounds data: bad tie-break")?,
            ),
        };
        let distribution = match r.num()? {
            0 => None,
            v => {
                let as_of = date_from_days(day - (v as i64 - 1)).ok_or("rounds data: bad date")?;
                let mut counts = [None; 18];
                for (i, c) in counts.iter_mut().enumerate() {
                    let v = r.num()?;
                    if v > 0 {
                        let value = prev_counts[i] + unzig(v - 1);
                        *c = Some(u32::try_from(value).map_err(|_| "rounds data: bad count")?);
                        prev_counts[i] = value;
                    }
                }
                Some(Distribution { as_of, counts })
            }
        };
        let mut label = number.to_string();
        if letter.is_ascii_lowercase() {
            label.push(letter as char);
        }
        out.push(Round {
            number: Some(number),
            date,
            kind: class.kind(),
            group: class.key(),
            invitations,
            lowest_crs,
            source,
            label,
            name,
            tie_break,
            distribution,
        });
    }
    if r.at != bytes.len() {
        return Err("rounds data: trailing bytes".into());
    }
    Ok(out)
}

/// The newest distribution among `rounds` (newest first).
pub fn latest_distribution(rounds: &[Round]) -> Option<&Distribution> {
    rounds
        .iter()
        .find_map(|r| r.distribution.as_ref().filter(|d| d.total().is_some()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn tie_breaks_in_irccs_forms() {
        let round = d("2026-08-05");
        let cases = [
            ("July 3rd 2026 at 21:35:13 UTC", "2026-07-03T21:35:13Z"),
            ("September 05, 2025 at 0:59:13 UTC", "2025-09-05T00:59:13Z"),
            ("April 12th, 2026 at 04:32:26", "2026-04-12T04:32:26Z"),
            ("March 02. 2024 at 01:58:34 UTC", "2024-03-02T01:58:34Z"),
            ("May 19,2022 06:48:41 UTC", "2022-05-19T06:48:41Z"),
            ("June 22, 2021 at 20:19:59 PM UTC", "2021-06-22T20:19:59Z"),
            (
                "September 30, 2023 at 04:22:17 AM UTC",
                "2023-09-30T04:22:17Z",
            ),
            ("June 30, 2023 at 12:01:02 AM UTC", "2023-06-30T00:01:02Z"),
            ("June 30, 2023 at 1:01:02 PM", "2023-06-30T13:01:02Z"),
            (" January 17, 2018 at 12:33:00 UTC", "2018-01-17T12:33:00Z"),
            ("May 21, 2026 at  12:14:09 UTC", "2026-05-21T12:14:09Z"),
        ];
        for (text, want) in cases {
            assert_eq!(
                parse_tie_break(text, round).unwrap().unwrap().to_string(),
                want,
                "{text}"
            );
        }
        // No year: the latest one not after the round.
        let t = parse_tie_break("October 7 at 16:38:21 UTC", d("2021-10-27"))
            .unwrap()
            .unwrap();
        assert_eq!(t.to_string(), "2021-10-07T16:38:21Z");
        let t = parse_tie_break("December 7 at 16:38:21 UTC", d("2021-10-27"))
            .unwrap()
            .unwrap();
        assert_eq!(t.date.year, 2020);
        assert_eq!(parse_tie_break("", round), Ok(None));
        for bad in [
            "Juli 3, 2026 at 21:35:13",
            "July 32, 2026 at 1:00:00",
            "July 3, 2026 at 25:00:00",
            "July 3, 2026",
            "July 3, 2026 at 1:2",
            "July 3x 2026 at 01:02:03",
        ] {
            assert!(parse_tie_break(bad, round).is_err(), "{bad}");
        }
    }

    #[test]
    fn days_round_trip() {
        for s in [
            "1970-01-01",
            "2015-01-31",
            "2024-02-29",
            "2026-12-31",
            "2000-03-01",
        ] {
            assert_eq!(date_from_days(days_from_date(d(s))), Some(d(s)));
        }
        assert_eq!(days_from_date(d("1970-01-02")), 1);
        assert_eq!(
            days_from_date(d("2026-08-07")) - days_from_date(d("2026-07-08")),
            30
        );
    }

    #[test]
    fn names_are_classified_explicitly() {
        assert_eq!(
            classify("No Program Specified"),
            Some(RoundClass::AllPrograms)
        );
        assert_eq!(
            classify("trades  occupations, 2026-Version 3"),
            Some(RoundClass::Trades)
        );
        assert_eq!(classify("Trades Occupations, 2027-Version 4"), None);
        assert_eq!(classify("Other"), None);
        for c in RoundClass::ALL {
            assert_eq!(RoundClass::from_key(c.key()), Some(c));
        }
    }

    #[test]
    fn pool_position_is_a_range_inside_a_band() {
        let mut counts = [Some(0); 18];
        // 601+: 10, 501-600: 20, 451-500: 50 (491-500: 5, 481-490: 5, 471-480: 10, 461-470: 10, 451-460: 20)
        let values = [
            10, 20, 50, 5, 5, 10, 10, 20, 100, 20, 20, 20, 20, 20, 200, 300, 320, 1000,
        ];
        for (c, v) in counts.iter_mut().zip(values) {
            *c = Some(v);
        }
        let dist = Distribution {
            as_of: d("2026-08-03"),
            counts,
        };
        let p = dist.position(475).unwrap();
        assert_eq!(
            (p.at_or_above_min, p.at_or_above_max, p.total),
            (40, 50, 1000)
        );
        assert_eq!((p.band.low, p.band.high), (471, 480));
        let p = dist.position(471).unwrap();
        assert_eq!((p.at_or_above_min, p.at_or_above_max), (50, 50));
        // Without the ten-point bands, 451-500 is one band.
        let mut wide = dist.clone();
        wide.counts[5] = None;
        let p = wide.position(475).unwrap();
        assert_eq!(
            (p.at_or_above_min, p.at_or_above_max, p.band.low),
            (30, 80, 451)
        );
    }
}
