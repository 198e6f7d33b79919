//! IRCC's rounds feed (`ee_rounds_123_en.json` and the supplement in the same format): one reader,
//! used by the build (`build/rounds.rs`, which shares this file by `#[path]`) and by
//! `noc rounds import` (feature `feed`). Every record is validated into an `ee_rules::Round`; the
//! first bad one stops the read, naming the round and the field.
use crate::feed_dates::{parse_long_date, parse_tie_break};
use ee_rules::date::Date;
use ee_rules::rounds::{classify, Distribution, Round};
use std::fmt;

/// The feed as IRCC publishes it, and the repository's later copy of rounds it has since dropped.
pub const FEED: &str = "ee_rounds_123_en.json";
pub const SUPPLEMENT: &str = "ee_rounds_supplement.json";
/// The `source` stored with each round of either file.
pub const FEED_SOURCE: &str = "IRCC rounds feed (data/ircc/ee_rounds_123_en.json)";
pub const SUPPLEMENT_SOURCE: &str =
    "IRCC rounds feed, later copy (data/ircc/ee_rounds_supplement.json)";

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
        class,
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

/// Every round of one feed file (IRCC's JSON), in the file's order; the first bad record stops it.
/// `file` names the file in messages; `source` is stored with each round.
pub fn parse_feed(file: &str, text: &str, source: &str) -> Result<Vec<Round>, String> {
    let json: serde_json::Value =
        serde_json::from_str(text).map_err(|e| format!("{file}: not JSON ({e})"))?;
    let list = json
        .get("rounds")
        .and_then(|r| r.as_array())
        .ok_or_else(|| format!("{file}: no \"rounds\" list"))?;
    list.iter()
        .enumerate()
        .map(|(i, record)| {
            let object = record
                .as_object()
                .ok_or_else(|| format!("{file}: record {} is not an object", i + 1))?;
            let field = |name: &str| match object.get(name) {
                None => Field::Missing,
                Some(serde_json::Value::String(s)) => Field::Text(s.as_str()),
                Some(_) => Field::NotText,
            };
            round_from_fields(i + 1, &field, source).map_err(|e| format!("{file}: {e}"))
        })
        .collect()
}

/// The feed's rounds plus the supplement's that the feed no longer has, newest first (what the
/// build encodes and `noc rounds --data DIR` lists).
pub fn merge(mut feed: Vec<Round>, supplement: Vec<Round>) -> Result<Vec<Round>, FeedError> {
    for r in supplement {
        if !feed.iter().any(|f| f.label == r.label) {
            feed.push(r);
        }
    }
    sort_and_check(&mut feed)?;
    Ok(feed)
}
