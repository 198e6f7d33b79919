//! Properties over many generated profiles (tiny deterministic PRNG, no extra crates).
use ee_rules::language::{chart, min_score_for};
use ee_rules::*;

/// SplitMix64: deterministic, good enough to spread test cases.
pub struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.below(hi - lo + 1)
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }
}

fn score(rng: &mut Rng, test: LanguageTest, ability: Ability) -> Score {
    let sc = ee_rules::language::scale(test, ability);
    // Half the time land exactly on a level edge (where bugs live), otherwise anywhere on the scale.
    if rng.chance(50) {
        let rows = chart(test).rows;
        let row = rows[rng.below(rows.len() as u64) as usize];
        return Score(row.min_score[ability as usize]);
    }
    let steps = ((sc.max - sc.min) / sc.step) as u64;
    Score(sc.min + rng.range(0, steps) as f64 * sc.step)
}

fn language(rng: &mut Rng, tests: &[LanguageTest]) -> LanguageResult {
    let test = rng.pick(tests);
    let mut scores = Abilities::all(Score(0.0));
    for a in Ability::ALL {
        scores.set(a, score(rng, test, a));
    }
    LanguageResult { test, scores }
}

const ENGLISH: [LanguageTest; 4] = [
    LanguageTest::IeltsGeneral,
    LanguageTest::CelpipGeneral,
    LanguageTest::PteCore,
    LanguageTest::Clb,
];
const FRENCH: [LanguageTest; 3] = [
    LanguageTest::TefCanada,
    LanguageTest::TcfCanada,
    LanguageTest::Nclc,
];

pub fn profile(rng: &mut Rng) -> Profile {
    let english_first = rng.chance(75);
    let (first_tests, second_tests): (&[LanguageTest], &[LanguageTest]) = if english_first {
        (&ENGLISH, &FRENCH)
    } else {
        (&FRENCH, &ENGLISH)
    };
    let first_language = language(rng, first_tests);
    let second_language = if rng.chance(40) {
        Some(language(rng, second_tests))
    } else {
        None
    };
    let spouse = if rng.chance(50) {
        Some(Spouse {
            accompanying: rng.chance(80),
            canadian_citizen_or_pr: rng.chance(15),
            education: rng.pick(&Education::ALL),
            first_language: if rng.chance(60) {
                Some(language(
                    rng,
                    &[ENGLISH, [FRENCH[0], FRENCH[1], FRENCH[2], FRENCH[0]]].concat(),
                ))
            } else {
                None
            },
            canadian_work_years: rng.range(0, 7) as u8,
            canadian_study: rng.chance(20),
        })
    } else {
        None
    };
    let job_offer = if rng.chance(25) {
        let noc = format!(
            "{}{}{:03}",
            rng.range(0, 9),
            rng.range(0, 5),
            rng.range(0, 999)
        );
        let teer = noc.as_bytes()[1] - b'0';
        Some(JobOffer { teer, noc })
    } else {
        None
    };
    Profile {
        age: rng.range(16, 60) as u8,
        education: rng.pick(&Education::ALL),
        canadian_education: rng.pick(&CanadianEducation::ALL),
        first_language,
        second_language,
        canadian_work_years: rng.range(0, 7) as u8,
        foreign_work_years: rng.range(0, 8) as u8,
        work_teer: rng.range(0, 5) as u8,
        trade_certificate: rng.chance(20),
        trade_work_years: rng.range(0, 5) as u8,
        job_offer,
        sibling_in_canada: rng.chance(20),
        relative_in_canada: rng.chance(20),
        provincial_nomination: rng.chance(10),
        family_size: if spouse.is_some() {
            rng.range(2, 8) as u8
        } else {
            rng.range(1, 4) as u8
        },
        spouse,
        settlement_funds_cad: rng.range(0, 60_000),
    }
}

const CASES: u64 = 3000;

#[test]
fn totals_parts_and_maximums() {
    let mut rng = Rng(1);
    for _ in 0..CASES {
        let p = profile(&mut rng);
        let a = assess(&p);
        let c = &a.crs;
        assert_eq!(
            c.total,
            c.core + c.spouse + c.transferability + c.additional
        );
        assert_eq!(
            c.lines.iter().map(|l| l.points).sum::<u16>(),
            c.total,
            "{p:?}"
        );
        for l in &c.lines {
            assert!(l.points <= l.max, "{} {} > {}", l.factor, l.points, l.max);
        }
        let single = p.counting_spouse().is_none();
        assert!(c.core <= if single { 500 } else { 460 });
        assert!(c.spouse <= 40 && c.core + c.spouse <= 500);
        assert!(c.transferability <= 100 && c.additional <= 600 && c.total <= 1200);
        assert!(a.fsw.points <= 100);
        assert_eq!(a.fsw.eligible, a.fsw.unmet.is_empty());
        assert_eq!(a.cec.eligible, a.cec.unmet.is_empty());
        assert_eq!(a.fst.eligible, a.fst.unmet.is_empty());
        assert_eq!(a.rules_as_of, "2025-07-07");
    }
}

fn raise_each_language_ability(p: &Profile) -> Vec<Profile> {
    let mut out = Vec::new();
    let slots: Vec<fn(&mut Profile) -> Option<&mut LanguageResult>> = vec![
        |q| Some(&mut q.first_language),
        |q| q.second_language.as_mut(),
        |q| q.spouse.as_mut().and_then(|s| s.first_language.as_mut()),
    ];
    for slot in slots {
        for a in Ability::ALL {
            let mut q = p.clone();
            let Some(r) = slot(&mut q) else { continue };
            let level = ee_rules::language::levels(r).get(a);
            if let Some(s) = ((level + 1)..=12).find_map(|l| min_score_for(r.test, a, l)) {
                if s > r.scores.get(a).0 {
                    r.scores.set(a, Score(s));
                    out.push(q);
                }
            }
        }
    }
    out
}

#[test]
fn better_language_or_more_experience_never_lowers_the_score() {
    let mut rng = Rng(2);
    for _ in 0..CASES {
        let p = profile(&mut rng);
        let base = assess(&p);
        let mut better = raise_each_language_ability(&p);
        for f in [
            |q: &mut Profile| q.canadian_work_years += 1,
            |q: &mut Profile| q.foreign_work_years += 1,
            |q: &mut Profile| q.trade_work_years += 1,
            |q: &mut Profile| q.education = q.education.next().unwrap_or(q.education),
            |q: &mut Profile| q.sibling_in_canada = true,
            |q: &mut Profile| q.trade_certificate = true,
        ] {
            let mut q = p.clone();
            f(&mut q);
            better.push(q);
        }
        for q in better {
            let a = assess(&q);
            assert!(
                a.crs.total >= base.crs.total,
                "CRS fell {} -> {}\n{p:?}\n{q:?}",
                base.crs.total,
                a.crs.total
            );
            assert!(a.fsw.points >= base.fsw.points, "FSW fell\n{p:?}\n{q:?}");
        }
    }
}

#[test]
fn a_spouse_who_does_not_count_scores_like_no_spouse() {
    let mut rng = Rng(3);
    for _ in 0..CASES {
        let mut p = profile(&mut rng);
        let Some(s) = p.spouse.as_mut() else { continue };
        if rng.chance(50) {
            s.accompanying = false;
        } else {
            s.canadian_citizen_or_pr = true;
        }
        let with = assess(&p).crs;
        p.spouse = None;
        let without = assess(&p).crs;
        assert_eq!(with, without);
    }
}

#[test]
fn suggestions_raise_the_score_by_exactly_the_stated_points() {
    let mut rng = Rng(4);
    let mut seen = 0;
    for _ in 0..1000 {
        let p = profile(&mut rng);
        let base = assess(&p).crs.total;
        let list = suggest(&p);
        for (i, s) in list.iter().enumerate() {
            let after = assess(&s.profile).crs.total;
            assert!(s.points > 0);
            assert_eq!(after, base + s.points, "{:?}", s.detail);
            assert_eq!(after, s.new_total);
            assert!(s.profile.age >= p.age, "age never decreases");
            assert!(
                list[..i].iter().all(|o| o.profile != s.profile),
                "duplicate suggestion"
            );
            if i > 0 {
                assert!(list[i - 1].points >= s.points, "best first");
            }
            // The modified profile is itself a valid profile.
            let text = serde_json::to_string(&s.profile).unwrap();
            let mut de = serde_json::Deserializer::from_str(&text);
            assert_eq!(profile_from(&mut de).as_ref(), Ok(&s.profile), "{text}");
            seen += 1;
        }
    }
    assert!(seen > 1000, "suggestions were generated ({seen})");
}

#[test]
fn generated_profiles_round_trip_through_json() {
    let mut rng = Rng(5);
    for _ in 0..CASES {
        let p = profile(&mut rng);
        let text = serde_json::to_string(&p).unwrap();
        let mut de = serde_json::Deserializer::from_str(&text);
        assert_eq!(profile_from(&mut de), Ok(p));
    }
}

/// A second, deliberately naive CRS + FSW written straight from the spec's pseudocode (section
/// 1.6 and 3.2) with its own copies of the tables; the engine must agree on every generated profile.
mod reference {
    use ee_rules::language::levels;
    use ee_rules::*;

    fn age_pts(age: u8, single: bool) -> u32 {
        let ws = [
            90, 95, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 95, 90, 85, 80, 75, 70, 65,
            60, 55, 50, 45, 35, 25, 15, 5,
        ];
        let s = [
            99, 105, 110, 110, 110, 110, 110, 110, 110, 110, 110, 110, 105, 99, 94, 88, 83, 77, 72,
            66, 61, 55, 50, 39, 28, 17, 6,
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
        let second_sum: u32 = p.second_language.as_ref().map_or(0, |s| {
            levels(s)
                .values()
                .iter()
                .map(|&c| match c {
                    0..=4 => 0,
                    5 | 6 => 1,
                    7 | 8 => 3,
                    _ => 6,
                })
                .sum()
        });
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
            let l: u32 = s.first_language.as_ref().map_or(0, |l| {
                levels(l)
                    .values()
                    .iter()
                    .map(|&c| match c {
                        0..=4 => 0,
                        5 | 6 => 1,
                        7 | 8 => 3,
                        _ => 5,
                    })
                    .sum()
            });
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
}

#[test]
fn engine_agrees_with_a_naive_reference_implementation() {
    let mut rng = Rng(6);
    for _ in 0..20_000 {
        let p = profile(&mut rng);
        let a = assess(&p);
        assert_eq!(a.crs.total as u32, reference::crs(&p), "CRS {p:?}");
        assert_eq!(a.fsw.points as u32, reference::fsw_points(&p), "FSW {p:?}");
    }
}
