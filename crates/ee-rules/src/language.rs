//! Language test scores to CLB (English) / NCLC (French) levels, from IRCC's equivalency charts.
//! Each chart is data: the minimum score of every level, per ability, plus the test's own scale.
use crate::error::{ErrorCode, ProfileError};
use crate::meta::{Confidence, TableMeta};
use crate::profile::{Abilities, Ability, LanguageResult, LanguageTest, Levels};
use serde::Serialize;

/// The range and step of one ability's scores on a test.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Scale {
    pub min: f64,
    pub max: f64,
    /// 0.5 for IELTS bands, 1 for every other test.
    pub step: f64,
}

/// One row of a chart: the level and the lowest score reaching it in each ability
/// (speaking, listening, reading, writing).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct LevelRow {
    pub level: u8,
    pub min_score: [f64; 4],
}

/// An equivalency chart. Scores below the first row convert to 0 ("below the chart").
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ConversionChart {
    pub meta: TableMeta,
    pub test: LanguageTest,
    /// Ascending by level.
    pub rows: &'static [LevelRow],
    /// Scale per ability, in the order speaking, listening, reading, writing.
    pub scales: [Scale; 4],
}

const IRCC_CHARTS: &str = "IRCC, Language test equivalency charts (Express Entry)";
const IRCC_CHARTS_URL: &str = "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/documents/language-requirements/language-testing.html";

const fn row(level: u8, s: f64, l: f64, r: f64, w: f64) -> LevelRow {
    LevelRow {
        level,
        min_score: [s, l, r, w],
    }
}

const fn same(min: f64, max: f64, step: f64) -> [Scale; 4] {
    let s = Scale { min, max, step };
    [s, s, s, s]
}

pub static IELTS_GENERAL: ConversionChart = ConversionChart {
    meta: TableMeta {
        id: "language_ielts_general",
        source: IRCC_CHARTS,
        url: IRCC_CHARTS_URL,
        effective: "2024-01-01",
        confidence: Confidence::Official,
    },
    test: LanguageTest::IeltsGeneral,
    rows: &[
        row(4, 4.0, 4.5, 3.5, 4.0),
        row(5, 5.0, 5.0, 4.0, 5.0),
        row(6, 5.5, 5.5, 5.0, 5.5),
        row(7, 6.0, 6.0, 6.0, 6.0),
        row(8, 6.5, 7.5, 6.5, 6.5),
        row(9, 7.0, 8.0, 7.0, 7.0),
        row(10, 7.5, 8.5, 8.0, 7.5),
    ],
    scales: same(0.0, 9.0, 0.5),
};

/// CELPIP levels map one to one up to 9; 10, 11 and 12 are CLB 10; M is entered as 0.
pub static CELPIP_GENERAL: ConversionChart = ConversionChart {
    meta: TableMeta {
        id: "language_celpip_general",
        source: IRCC_CHARTS,
        url: IRCC_CHARTS_URL,
        effective: "2024-01-01",
        confidence: Confidence::Official,
    },
    test: LanguageTest::CelpipGeneral,
    rows: &[
        row(1, 1.0, 1.0, 1.0, 1.0),
        row(2, 2.0, 2.0, 2.0, 2.0),
        row(3, 3.0, 3.0, 3.0, 3.0),
        row(4, 4.0, 4.0, 4.0, 4.0),
        row(5, 5.0, 5.0, 5.0, 5.0),
        row(6, 6.0, 6.0, 6.0, 6.0),
        row(7, 7.0, 7.0, 7.0, 7.0),
        row(8, 8.0, 8.0, 8.0, 8.0),
        row(9, 9.0, 9.0, 9.0, 9.0),
        row(10, 10.0, 10.0, 10.0, 10.0),
    ],
    scales: same(0.0, 12.0, 1.0),
};

pub static PTE_CORE: ConversionChart = ConversionChart {
    meta: TableMeta { id: "language_pte_core", source: "IRCC equivalency chart for PTE Core, as of January 2024 (copy: abroad-education.inblog.io)", url: IRCC_CHARTS_URL, effective: "2024-01-01", confidence: Confidence::ReputableSecondary },
    test: LanguageTest::PteCore,
    rows: &[
        row(3, 34.0, 18.0, 24.0, 32.0),
        row(4, 42.0, 28.0, 33.0, 41.0),
        row(5, 51.0, 39.0, 42.0, 51.0),
        row(6, 59.0, 50.0, 51.0, 60.0),
        row(7, 68.0, 60.0, 60.0, 69.0),
        row(8, 76.0, 71.0, 69.0, 79.0),
        row(9, 84.0, 82.0, 78.0, 88.0),
        row(10, 89.0, 89.0, 88.0, 90.0),
    ],
    scales: same(10.0, 90.0, 1.0),
};

/// TEF Canada on the scale in use since 2023-12-11 (facts #7).
pub static TEF_CANADA: ConversionChart = ConversionChart {
    meta: TableMeta { id: "language_tef_canada", source: "IRCC, Tableaux d'équivalence NCLC (TEF Canada, barème depuis le 2023-12-11)", url: "https://www.canada.ca/fr/immigration-refugies-citoyennete/services/immigrer-canada/entree-express/documents/exigences-linguistiques/tests-langue/equivalence-nclc.html", effective: "2023-12-11", confidence: Confidence::ReputableSecondary },
    test: LanguageTest::TefCanada,
    rows: &[
        row(4, 328.0, 306.0, 306.0, 268.0),
        row(5, 387.0, 352.0, 352.0, 330.0),
        row(6, 422.0, 393.0, 393.0, 379.0),
        row(7, 456.0, 434.0, 434.0, 428.0),
        row(8, 494.0, 462.0, 462.0, 472.0),
        row(9, 518.0, 503.0, 503.0, 512.0),
        row(10, 556.0, 546.0, 546.0, 558.0),
    ],
    scales: same(0.0, 699.0, 1.0),
};

/// TEF Canada before 2023-12-11. Kept as data only: such results expired by 2025-12-11.
pub static TEF_CANADA_BEFORE_2023_12_11: ConversionChart = ConversionChart {
    meta: TableMeta { id: "language_tef_canada_old_scale", source: "IRCC equivalency chart, TEF Canada before 2023-12-11 (copy: fromfarandwideblog.blogspot.com 2022)", url: IRCC_CHARTS_URL, effective: "2019-01-01", confidence: Confidence::ReputableSecondary },
    test: LanguageTest::TefCanada,
    rows: &[
        row(4, 181.0, 145.0, 121.0, 181.0),
        row(5, 226.0, 181.0, 151.0, 226.0),
        row(6, 271.0, 217.0, 181.0, 271.0),
        row(7, 310.0, 249.0, 207.0, 310.0),
        row(8, 349.0, 280.0, 233.0, 349.0),
        row(9, 371.0, 298.0, 248.0, 371.0),
        row(10, 393.0, 316.0, 263.0, 393.0),
    ],
    scales: [
        Scale { min: 0.0, max: 450.0, step: 1.0 },
        Scale { min: 0.0, max: 360.0, step: 1.0 },
        Scale { min: 0.0, max: 300.0, step: 1.0 },
        Scale { min: 0.0, max: 450.0, step: 1.0 },
    ],
};

pub static TCF_CANADA: ConversionChart = ConversionChart {
    meta: TableMeta { id: "language_tcf_canada", source: "IRCC, Tableaux d'équivalence NCLC (TCF Canada)", url: "https://www.canada.ca/fr/immigration-refugies-citoyennete/services/immigrer-canada/entree-express/documents/exigences-linguistiques/tests-langue/equivalence-nclc.html", effective: "2024-01-01", confidence: Confidence::Official },
    test: LanguageTest::TcfCanada,
    rows: &[
        row(4, 4.0, 331.0, 342.0, 4.0),
        row(5, 6.0, 369.0, 375.0, 6.0),
        row(6, 7.0, 398.0, 406.0, 7.0),
        row(7, 10.0, 458.0, 453.0, 10.0),
        row(8, 12.0, 503.0, 499.0, 12.0),
        row(9, 14.0, 523.0, 524.0, 14.0),
        row(10, 16.0, 549.0, 549.0, 16.0),
    ],
    scales: [
        Scale { min: 0.0, max: 20.0, step: 1.0 },
        Scale { min: 0.0, max: 699.0, step: 1.0 },
        Scale { min: 0.0, max: 699.0, step: 1.0 },
        Scale { min: 0.0, max: 20.0, step: 1.0 },
    ],
};

/// Levels entered directly (`clb`, `nclc`): the level is the score.
static LEVELS_DIRECT_ROWS: [LevelRow; 12] = {
    let mut rows = [row(0, 0.0, 0.0, 0.0, 0.0); 12];
    let mut i = 0;
    while i < 12 {
        let l = (i + 1) as f64;
        rows[i] = row((i + 1) as u8, l, l, l, l);
        i += 1;
    }
    rows
};

pub static CLB_DIRECT: ConversionChart = ConversionChart {
    meta: TableMeta {
        id: "language_clb_direct",
        source: "Canadian Language Benchmarks (levels entered directly)",
        url: "https://www.language.ca/",
        effective: "2012-01-01",
        confidence: Confidence::Official,
    },
    test: LanguageTest::Clb,
    rows: &LEVELS_DIRECT_ROWS,
    scales: same(0.0, 12.0, 1.0),
};

pub static NCLC_DIRECT: ConversionChart = ConversionChart {
    meta: TableMeta {
        id: "language_nclc_direct",
        source: "Niveaux de compétence linguistique canadiens (levels entered directly)",
        url: "https://www.language.ca/",
        effective: "2012-01-01",
        confidence: Confidence::Official,
    },
    test: LanguageTest::Nclc,
    rows: &LEVELS_DIRECT_ROWS,
    scales: same(0.0, 12.0, 1.0),
};

/// The chart used for a test today.
pub fn chart(test: LanguageTest) -> &'static ConversionChart {
    match test {
        LanguageTest::IeltsGeneral => &IELTS_GENERAL,
        LanguageTest::CelpipGeneral => &CELPIP_GENERAL,
        LanguageTest::PteCore => &PTE_CORE,
        LanguageTest::TefCanada => &TEF_CANADA,
        LanguageTest::TcfCanada => &TCF_CANADA,
        LanguageTest::Clb => &CLB_DIRECT,
        LanguageTest::Nclc => &NCLC_DIRECT,
    }
}

/// The scale of one ability on a test.
pub fn scale(test: LanguageTest, ability: Ability) -> Scale {
    chart(test).scales[ability as usize]
}

/// Checks a raw score against the test's own scale. The error's `field` is the ability name;
/// callers prefix it with the language field.
pub fn check_score(test: LanguageTest, ability: Ability, score: f64) -> Result<(), ProfileError> {
    let field = ability.key();
    if !score.is_finite() {
        return Err(ProfileError::new(
            field,
            ErrorCode::WrongType,
            "must be a finite number",
        ));
    }
    let sc = scale(test, ability);
    if score < sc.min || score > sc.max {
        return Err(ProfileError::new(
            field,
            ErrorCode::OutOfRange,
            format!(
                "{} {} scores go from {} to {}: {} is outside",
                test.name(),
                ability.key(),
                sc.min,
                sc.max,
                score
            ),
        ));
    }
    if sc.step == 0.5 && (score * 2.0).fract() != 0.0 {
        return Err(ProfileError::new(
            field,
            ErrorCode::NotHalfBand,
            format!(
                "{} scores go in half bands: {} is not one",
                test.name(),
                score
            ),
        ));
    }
    if sc.step == 1.0 && score.fract() != 0.0 {
        return Err(ProfileError::new(
            field,
            ErrorCode::NotWholeScore,
            format!(
                "{} scores are whole numbers: {} is not one",
                test.name(),
                score
            ),
        ));
    }
    Ok(())
}

/// CLB (English) or NCLC (French) level of one raw score. 0 means below the lowest level the
/// chart lists (it earns no points anywhere). CLB 10 and above are reported as charted (direct
/// levels up to 12); the CRS treats 10+ alike.
pub fn to_clb(test: LanguageTest, ability: Ability, score: f64) -> Result<u8, ProfileError> {
    check_score(test, ability, score)?;
    Ok(level_of(chart(test), ability, score))
}

fn level_of(chart: &ConversionChart, ability: Ability, score: f64) -> u8 {
    chart
        .rows
        .iter()
        .rev()
        .find(|r| score >= r.min_score[ability as usize])
        .map(|r| r.level)
        .unwrap_or(0)
}

/// Levels of a validated test result.
pub fn levels(result: &LanguageResult) -> Levels {
    let c = chart(result.test);
    result
        .scores
        .map(|ability, score| level_of(c, ability, score.0))
}

/// Lowest score on `test` that reaches `level` in `ability` (None if the chart has no such level).
pub fn min_score_for(test: LanguageTest, ability: Ability, level: u8) -> Option<f64> {
    chart(test)
        .rows
        .iter()
        .find(|r| r.level >= level)
        .map(|r| r.min_score[ability as usize])
}

/// Levels for the four abilities from raw scores (convenience for forms).
pub fn to_levels(test: LanguageTest, scores: Abilities<f64>) -> Result<Levels, ProfileError> {
    Ok(Abilities {
        speaking: to_clb(test, Ability::Speaking, scores.speaking)?,
        listening: to_clb(test, Ability::Listening, scores.listening)?,
        reading: to_clb(test, Ability::Reading, scores.reading)?,
        writing: to_clb(test, Ability::Writing, scores.writing)?,
    })
}
