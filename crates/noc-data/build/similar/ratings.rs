//! The OaSIS rating files: which file holds which block and on what scale, and how a file is read
//! (its quirks, and an error naming the file, line and column on a bad value); descriptor keys.

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Block {
    Skills,
    Abilities,
    Knowledge,
    WorkActivities,
    WorkContext,
}

impl Block {
    pub fn file(self) -> &'static str {
        match self {
            Block::Skills => "skills_oasis_2023_v1.0.csv",
            Block::Abilities => "abilities_oasis_2023_v1.0.csv",
            Block::Knowledge => "knowledges_oasis_2023_v1.0.csv",
            Block::WorkActivities => "workactivities_oasis_2023_v1.0.csv",
            Block::WorkContext => "workcontext_oasis_2023_v1.0.csv",
        }
    }
    /// Highest rating on the block's scale (PROVENANCE §8).
    pub fn max(self) -> f32 {
        match self {
            Block::Knowledge => 3.0,
            _ => 5.0,
        }
    }
    /// Category number in `DESCRIPTORS` (abilities are measured, never shown: no number).
    pub fn category(self) -> u8 {
        match self {
            Block::Skills => 0,
            Block::Knowledge => 1,
            Block::WorkActivities => 2,
            Block::WorkContext => 3,
            Block::Abilities => u8::MAX,
        }
    }
    /// Descriptors shown as "to build" and "already use": what a person can learn or practise.
    pub fn explains(self) -> bool {
        matches!(
            self,
            Block::Skills | Block::Knowledge | Block::WorkActivities
        )
    }
}

/// Work-context items the skills profile may name: ratings on a 1–5 scale that say something a
/// reader can picture (the schedule, hours and automation items use other scales; where OaSIS
/// rates an item twice, the second column, suffixed with a digit, is left out).
pub const CONTEXT_SHOWN: &[&str] = &[
    "Consequence of Error",
    "Freedom to Make Decisions",
    "Precision",
    "Tasks Repetition",
    "Time Pressure",
    "Pace Determined by Speed of Equipment",
    "Competition",
    "Biological Agents",
    "Dangerous Chemical Substances",
    "Extreme Temperatures",
    "Hazardous Conditions",
    "Hazardous Equipment, Machinery, Tools",
    "High Places",
    "In an Enclosed Vehicle or Equipment",
    "Indoors, Not Environmentally Controlled",
    "Outside, Exposed to Weather",
    "Physical Proximity",
    "Sound and Noise",
    "Specialized Safety Equipment",
    "Standard Safety Equipment",
    "Vibration",
    "Bending or Twisting the Body",
    "Climbing",
    "Cramped Work Space, Awkward Positions",
    "Handling Material Manually",
    "Making Repetitive Motions",
    "Sitting",
    "Standing",
    "Walking and Running",
    "Conflict Situations",
    "Contact With Others",
    "Deal With External Customers",
    "Deal With Physically Aggressive People",
    "Dealing With Unpleasant or Angry People",
    "Public Speaking",
    "Responsible for Others' Health and Safety",
    "Work With Work Group or Team",
];

/// One rating table: trimmed column names and every profile's ratings with its source line.
#[derive(Debug)]
pub struct Ratings {
    pub columns: Vec<String>,
    pub profiles: Vec<(String, Vec<f32>)>,
}

/// Parses one OaSIS rating file (BOM, headers with stray spaces trimmed). Every rating must be a
/// number from 0 to `max`; an error names the file, the line and the column.
pub fn parse_ratings(file: &str, text: &str, max: f32) -> Result<Ratings, String> {
    let (header, rows) = crate::table::records(text).map_err(|e| format!("{file} {e}"))?;
    let header: Vec<String> = header.iter().map(|h| h.trim().to_string()).collect();
    if header.len() < 3 || !header[0].starts_with("OaSIS Code") {
        return Err(format!(
            "{file} header: expected \"OaSIS Code - Final\", \"OaSIS Label - Final\" and rating columns, found {header:?}"
        ));
    }
    let columns = header[2..].to_vec();
    for (i, c) in columns.iter().enumerate() {
        if c.is_empty() {
            return Err(format!("{file} header: column {} has no name", i + 3));
        }
        if columns[..i].contains(c) {
            return Err(format!("{file} header: column {c:?} appears twice"));
        }
    }
    let mut profiles = Vec::with_capacity(rows.len());
    for row in rows {
        let text = row.data.get(0).unwrap_or("").trim();
        let code = profile_code(text).ok_or_else(|| {
            format!(
                "{file} line {}: column {:?}: {text:?} is not an OaSIS profile code like 21231.00",
                row.line, header[0]
            )
        })?;
        let mut values = Vec::with_capacity(columns.len());
        for (i, column) in columns.iter().enumerate() {
            let text = row.data.get(i + 2).unwrap_or("").trim();
            let value: f32 = match text.parse() {
                Ok(v) if (0.0..=max).contains(&v) => v,
                _ => {
                    return Err(format!(
                    "{file} line {}: column {column:?}: {text:?} is not a rating from 0 to {max}",
                    row.line
                ))
                }
            };
            values.push(value);
        }
        profiles.push((code, values));
    }
    Ok(Ratings { columns, profiles })
}

/// An OaSIS profile code ("21231.00"). Some files were saved from a spreadsheet that wrote the
/// codes as numbers: `workactivities` has "10010" for 10010.00 (327 rows) and `knowledges`
/// "31100.1" for 31100.10; the dropped zeros are put back (a number loses trailing zeros only).
pub fn profile_code(text: &str) -> Option<String> {
    let (unit, suffix) = text.split_once('.').unwrap_or((text, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if unit.len() != 5 || !digits(unit) || suffix.len() > 2 || !digits(suffix) {
        return None;
    }
    Some(format!("{unit}.{suffix:0<2}"))
}

/// A descriptor's stable key: its English name in snake case ("Oral Communication: Active
/// Listening" → "oral_communication_active_listening").
pub fn key_of(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('_') && !out.is_empty() {
            out.push('_');
        }
    }
    out.trim_end_matches('_').to_string()
}
