//! A second, deliberately naive CRS + FSW written straight from the spec's pseudocode (section
//! 1.6 and 3.2) with its own copies of the tables; the engine must agree on every generated profile.
use ee_rules::language::levels;
use ee_rules::*;

fn age_pts(age: u8, single: bool) -> u32 {
    let ws = [
        90, 95, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 95, 90, 85, 80, 75, 70, 65, 60,
        55, 50, 45, 35, 25, 15, 5,
    ];
    let s = [
        99, 105, 110, 110, 110, 110, 110, 110, 110, 110, 110, 110, 105, 99, 94, 88, 83, 77, 72, 66,
        61, 55, 50, 39, 28, 17, 6,
    ];
    if !(18..=44).contains(&age) {
        return 0;
    }
    let i = (age - 18) as usize;
    if single {
        s[i]
    } else {
        ws[i]
    }
}

fn first_lang(clb: u8, single: bool) -> u32 {
    match (clb, single) {
        (0..=3, _) => 0,
        (4 | 5, _) => 6,
        (6, true) => 9,
        (6, false) => 8,
        (7, true) => 17,
        (7, false) => 16,
        (8, true) => 23,
        (8, false) => 22,
        (9, true) => 31,
        (9, false) => 29,
        (_, true) => 34,
        (_, false) => 32,
    }
}

/// A second language's or the spouse's points: the same steps for both, `top` from CLB 9.
fn minor_lang(result: &LanguageResult, top: u32) -> u32 {
    levels(result)
        .values()
        .iter()
        .map(|&c| match c {
            0..=4 => 0,
            5 | 6 => 1,
            7 | 8 => 3,
            _ => top,
        })
        .sum()
}

pub fn crs(p: &Profile) -> u32 {
    let single = match &p.spouse {
        None => true,
        Some(s) => !s.accompanying || s.canadian_citizen_or_pr,
    };
    let edu_i = p.education as usize;
    let edu = if single {
        [0, 30, 90, 98, 120, 128, 135, 150][edu_i]
    } else {
        [0, 28, 84, 91, 112, 119, 126, 140][edu_i]
    };
    let first = levels(&p.first_language).values();
    let first_sum: u32 = first.iter().map(|&c| first_lang(c, single)).sum();
    let second_sum = p.second_language.as_ref().map_or(0, |s| minor_lang(s, 6));
    let second = second_sum.min(if single { 24 } else { 22 });
    let cy = p.canadian_work_years.min(5) as usize;
    let cdn = if single {
        [0, 40, 53, 64, 72, 80][cy]
    } else {
        [0, 35, 46, 56, 63, 70][cy]
    };
    let a = age_pts(p.age, single) + edu + first_sum + second + cdn;

    let b = if single {
        0
    } else {
        let s = p.spouse.as_ref().unwrap();
        let e = [0, 2, 6, 7, 8, 9, 10, 10][s.education as usize];
        let l = s.first_language.as_ref().map_or(0, |l| minor_lang(l, 5));
        let w = [0, 5, 7, 8, 9, 10][s.canadian_work_years.min(5) as usize];
        e + l + w
    };

    let min_first = *first.iter().min().unwrap();
    let lang = if min_first >= 9 {
        2
    } else if min_first >= 7 {
        1
    } else {
        0
    };
    let e = match p.education {
        Education::LessThanSecondary | Education::Secondary => 0,
        Education::OneYear | Education::TwoYear | Education::BachelorsOrThreeYear => 1,
        _ => 2,
    };
    let f = match p.foreign_work_years {
        0 => 0,
        1 | 2 => 1,
        _ => 2,
    };
    let c = match p.canadian_work_years {
        0 => 0,
        1 => 1,
        _ => 2,
    };
    let grid = [[0, 0, 0], [0, 13, 25], [0, 25, 50]];
    let edu_t = (grid[e][lang] + grid[e][c]).min(50);
    let for_t = (grid[f][lang] + grid[f][c]).min(50);
    let cert = if !p.trade_certificate {
        0
    } else if min_first >= 7 {
        50
    } else if min_first >= 5 {
        25
    } else {
        0
    };
    let cc = (edu_t + for_t + cert).min(100);

    let mut english = None;
    let mut french = None;
    for r in std::iter::once(&p.first_language).chain(p.second_language.as_ref()) {
        let min = *levels(r).values().iter().min().unwrap();
        if r.test.language() == OfficialLanguage::English {
            english = Some(min)
        } else {
            french = Some(min)
        }
    }
    let fr = match (french, english) {
        (Some(f), Some(e)) if f >= 7 && e >= 5 => 50,
        (Some(f), _) if f >= 7 => 25,
        _ => 0,
    };
    let ce = match p.canadian_education {
        CanadianEducation::None => 0,
        CanadianEducation::OneOrTwoYear => 15,
        CanadianEducation::ThreeYearOrMore => 30,
    };
    let d = (if p.provincial_nomination { 600 } else { 0 }
        + if p.sibling_in_canada { 15 } else { 0 }
        + fr
        + ce)
        .min(600);
    a + b + cc + d
}

pub fn fsw_points(p: &Profile) -> u32 {
    let first = levels(&p.first_language).values();
    let lang: u32 = first
        .iter()
        .map(|&c| match c {
            0..=6 => 0,
            7 => 4,
            8 => 5,
            _ => 6,
        })
        .sum::<u32>()
        + p.second_language.as_ref().map_or(0, |s| {
            if levels(s).values().iter().all(|&c| c >= 5) {
                4
            } else {
                0
            }
        });
    let edu = [0, 5, 15, 19, 21, 22, 23, 25][p.education as usize];
    let years = p.canadian_work_years + p.foreign_work_years;
    let exp = match years {
        0 => 0,
        1 => 9,
        2 | 3 => 11,
        4 | 5 => 13,
        _ => 15,
    };
    let age = match p.age {
        0..=17 => 0,
        18..=35 => 12,
        36..=46 => 47 - p.age as u32,
        _ => 0,
    };
    let offer = p.job_offer.as_ref().is_some_and(|j| j.teer <= 3);
    let mut adapt = 0;
    if let Some(s) = p
        .spouse
        .as_ref()
        .filter(|s| s.accompanying && !s.canadian_citizen_or_pr)
    {
        if s.first_language
            .as_ref()
            .is_some_and(|l| levels(l).values().iter().all(|&c| c >= 4))
        {
            adapt += 5;
        }
        if s.canadian_study {
            adapt += 5;
        }
        if s.canadian_work_years >= 1 {
            adapt += 5;
        }
    }
    if p.canadian_education == CanadianEducation::ThreeYearOrMore {
        adapt += 5;
    }
    if p.canadian_work_years >= 1 && p.work_teer <= 3 {
        adapt += 10;
    }
    if offer {
        adapt += 5;
    }
    if p.relative_in_canada || p.sibling_in_canada {
        adapt += 5;
    }
    lang + edu + exp + age + if offer { 10 } else { 0 } + adapt.min(10)
}
