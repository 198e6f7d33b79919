//! What changes the score on its own, dated: birthdays when age points drop, language-result and
//! ECA expiry, and further years of Canadian work. Scores come from the engine (`age_outlook`,
//! `assess`); dates from the optional UI-only date fields.
use std::rc::Rc;

use ee_rules::timeline::age_outlook;
use ee_rules::{assess, timeline, Date, Profile, TimelineDates};
use yew::prelude::*;

use super::form::{date_of, Field, Form, DATES};
use noc_data::Lang;
use noc_text::calculator::{self as t, tr, TimelineEvent};

/// The CRS counts at most 5 years of Canadian work.
const CANADIAN_YEARS_COUNTED: u8 = 5;
/// Age drops listed (each birthday from now until points reach zero would be too many lines).
const BIRTHDAYS_SHOWN: usize = 5;

/// Timeline entries: (date if known, event), dated ones first in date order. Birthdays and expiry
/// dates come from the engine's `timeline`; without a birth date the age drops are listed by age.
pub fn events(p: &Profile, form: &Form, today: Date) -> Vec<(Option<Date>, TimelineEvent)> {
    let mut out: Vec<(Option<Date>, TimelineEvent)> = Vec::new();
    let dates = TimelineDates {
        today: Some(today),
        birth_date: date_of(form, Field::BirthDate),
        language_test_date: date_of(form, Field::TestDate),
        eca_date: date_of(form, Field::EcaDate),
    };
    let tl = timeline(p, &dates);
    if dates.birth_date.is_some() {
        for d in tl.age_drops.iter().take(BIRTHDAYS_SHOWN) {
            out.push((
                Some(d.date),
                TimelineEvent::Birthday {
                    age: d.age,
                    total: d.crs_total,
                },
            ));
        }
    } else {
        let outlook = age_outlook(p);
        for pair in outlook
            .windows(2)
            .filter(|w| w[1].crs_total < w[0].crs_total)
            .take(BIRTHDAYS_SHOWN)
        {
            out.push((
                None,
                TimelineEvent::Birthday {
                    age: pair[1].age,
                    total: pair[1].crs_total,
                },
            ));
        }
    }
    if let Some(d) = tl.language_test_expires {
        out.push((Some(d), TimelineEvent::LanguageExpires));
    }
    if let Some(d) = tl.eca_expires {
        out.push((Some(d), TimelineEvent::EcaExpires));
    }
    if let Some(start) = date_of(form, Field::CweStart) {
        // The next anniversaries of the current job after today, each one more full year.
        let mut n: u16 = 1;
        while start.plus_years(n) <= today && n < 60 {
            n += 1;
        }
        let mut years = p.canadian_work_years;
        while years < CANADIAN_YEARS_COUNTED {
            years += 1;
            let mut q = p.clone();
            q.canadian_work_years = years;
            out.push((
                Some(start.plus_years(n)),
                TimelineEvent::CanadianYear {
                    years,
                    total: assess(&q).crs.total,
                },
            ));
            n += 1;
        }
    }
    out.sort_by_key(|(d, _)| d.map(|d| (0, d)).unwrap_or((1, Date::new(9999, 12, 31))));
    out
}

#[derive(Properties, PartialEq, Clone)]
pub struct TimelineProps {
    pub lang: Lang,
    pub profile: Rc<Profile>,
    pub form: Rc<Form>,
    pub total: u16,
    pub today: Date,
}

#[function_component(Timeline)]
pub fn timeline_view(p: &TimelineProps) -> Html {
    let s = tr(p.lang);
    let list = events(&p.profile, &p.form, p.today);
    let any_date = DATES.iter().any(|k| date_of(&p.form, *k).is_some());
    let dates = TimelineDates {
        today: Some(p.today),
        birth_date: date_of(&p.form, Field::BirthDate),
        ..TimelineDates::default()
    };
    let tl = timeline(&p.profile, &dates);
    let mismatch = tl.age_today.filter(|_| tl.age_mismatch);
    html! {
        <section class="ee-timeline" aria-labelledby="ee-timeline-h">
            <h3 id="ee-timeline-h">{ s.timeline_heading }</h3>
            if !any_date { <p class="ee-help">{ s.timeline_help }</p> }
            if let Some(age) = mismatch { <p class="ee-note nw-error">{ t::age_mismatch(p.lang, age) }</p> }
            if list.is_empty() {
                <p>{ s.timeline_empty }</p>
            } else {
                <ol class="ee-events">
                    { for list.iter().map(|(date, e)| {
                        let when = date.map(|d| d.to_string()).unwrap_or_else(|| t::at_age_without_date(p.lang).to_owned());
                        let past = date.is_some_and(|d| d <= p.today);
                        html! {
                            <li class={classes!(past.then_some("ee-past"))}>
                                if let Some(d) = date { <time datetime={d.to_string()}>{ when.clone() }</time> } else { <span class="ee-when">{ when.clone() }</span> }
                                { " — " }{ t::timeline_event(p.lang, e, p.total, past) }
                            </li>
                        }
                    }) }
                </ol>
            }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calculator::form::evaluate;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn dated_events_come_in_order_with_engine_scores() {
        let mut f = Form::default();
        f.set(Field::BirthDate, "1997-06-01");
        f.set(Field::TestDate, "2024-01-10");
        f.set(Field::CweStart, "2025-03-01");
        f.set(Field::CanadianWorkYears, "1");
        let p = evaluate(&f, &f).profile.unwrap();
        let today = Date::new(2026, 11, 23);
        let list = events(&p, &f, today);
        let dates: Vec<Date> = list.iter().filter_map(|(d, _)| *d).collect();
        assert!(dates.windows(2).all(|w| w[0] <= w[1]), "sorted: {dates:?}");
        assert_eq!(
            dates[0],
            Date::new(2026, 1, 10),
            "language result expired first"
        );
        // Next anniversary of the job after today: 2027-03-01, two years in Canada.
        let (d, e) = list
            .iter()
            .find(|(_, e)| matches!(e, TimelineEvent::CanadianYear { .. }))
            .unwrap();
        assert_eq!(*d, Some(Date::new(2027, 3, 1)));
        let mut q = p.clone();
        q.canadian_work_years = 2;
        assert!(
            matches!(e, TimelineEvent::CanadianYear { years: 2, total } if *total == assess(&q).crs.total)
        );
        // The first birthday that costs points is the 30th (age 29 scores the maximum).
        let (d, _) = list
            .iter()
            .find(|(_, e)| matches!(e, TimelineEvent::Birthday { .. }))
            .unwrap();
        assert_eq!(*d, Some(Date::new(2027, 6, 1)));
    }
}
