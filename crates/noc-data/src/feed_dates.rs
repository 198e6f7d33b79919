//! IRCC's free-form dates in the rounds feed: the pool distribution's day ("August 3, 2026") and the
//! tie-break time in every irregular form the feed has used. Calendar maths is `ee_rules::date`'s.
use ee_rules::date::{Date, DateTime};

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
}
