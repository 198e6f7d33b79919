//! Rebuilds the grouping of the main-duties list. The elements file gives one line per row: a
//! lead sentence, then items, and in 187 unit groups sub-headings naming an occupation within
//! the group ("Web technicians"). Nothing marks a sub-heading, so it is recognised by shape:
//!
//! * English: the line has no final punctuation and either matches an OaSIS profile label of the
//!   unit group, or opens a block (first line, or after a line ending in '.') in a list with
//!   several blocks, and does not start with a word that starts duty items elsewhere (a verb).
//! * French: items end with ';' or '.', and start with a lower-case verb; a sub-heading has no
//!   final punctuation, starts with a capital and not with a verb used to start items.

use crate::model::{DutySection, MainDuties};
use std::collections::HashSet;

fn ends_punct(s: &str) -> bool {
    s.trim_end().ends_with(['.', ';', ':'])
}

fn first_word(s: &str) -> String {
    s.split_whitespace()
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

fn words(s: &str) -> Vec<String> {
    let cleaned: String = s
        .to_lowercase()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c
            } else if c == '-' || c.is_whitespace() {
                ' '
            } else {
                '\u{0}'
            }
        })
        .filter(|c| *c != '\u{0}')
        .collect();
    cleaned.split_whitespace().map(str::to_string).collect()
}

fn label_strong(line: &str, labels: &[String]) -> bool {
    let a = words(line);
    labels.iter().any(|l| {
        let b = words(l);
        a == b || (a.len() >= 2 && b.len() >= a.len() && b[..a.len()] == a[..])
    })
}

fn label_loose(line: &str, labels: &[String]) -> bool {
    let a = words(line);
    let sa: HashSet<&String> = a.iter().collect();
    labels.iter().any(|l| {
        let b = words(l);
        if a.is_empty() || b.is_empty() {
            return false;
        }
        let n = a.len().min(b.len());
        if a[..n] == b[..n] {
            return true;
        }
        let sb: HashSet<&String> = b.iter().collect();
        let inter = sa.intersection(&sb).count();
        let union = sa.union(&sb).count();
        inter * 2 >= union
    })
}

/// Indices of lines that open a block: no final punctuation, first item or after a '.' line.
fn block_starts(lines: &[String]) -> Vec<usize> {
    (1..lines.len())
        .filter(|&i| {
            !ends_punct(&lines[i])
                && (i == 1 || lines[i - 1].trim_end().ends_with('.'))
                && i + 1 < lines.len()
        })
        .collect()
}

/// Words that start duty items (verbs), learnt from the whole file of one language.
pub fn item_start_words(all: &[&[String]], french: bool) -> HashSet<String> {
    let mut set = HashSet::new();
    for lines in all {
        if french {
            for l in lines.iter().skip(1) {
                if l.trim_end().ends_with(';') {
                    set.insert(first_word(l));
                }
            }
        } else {
            let starts: HashSet<usize> = block_starts(lines).into_iter().collect();
            for i in 2..lines.len() {
                if !starts.contains(&i) && !lines[i - 1].trim_end().ends_with('.') {
                    set.insert(first_word(&lines[i]));
                }
            }
        }
    }
    set
}

pub fn group(
    lines: &[String],
    labels: &[String],
    verbs: &HashSet<String>,
    french: bool,
) -> MainDuties {
    let (lead, body_from) = match lines.first() {
        Some(l) if l.trim_end().ends_with(':') => (l.clone(), 1),
        _ => (String::new(), 0),
    };
    let starts: Vec<usize> = block_starts(lines);
    let is_heading = |i: usize| -> bool {
        let l = &lines[i];
        if i < body_from || ends_punct(l) {
            return false;
        }
        if french {
            l.chars().next().is_some_and(char::is_uppercase) && !verbs.contains(&first_word(l))
        } else {
            label_strong(l, labels)
                || (starts.contains(&i)
                    && (label_loose(l, labels)
                        || (starts.len() >= 2 && !verbs.contains(&first_word(l)))))
        }
    };
    let mut sections: Vec<DutySection> = Vec::new();
    for (i, line) in lines.iter().enumerate().skip(body_from) {
        if is_heading(i) {
            sections.push(DutySection {
                heading: Some(line.clone()),
                items: Vec::new(),
            });
        } else {
            match sections.last_mut() {
                Some(s) => s.items.push(line.clone()),
                None => sections.push(DutySection {
                    heading: None,
                    items: vec![line.clone()],
                }),
            }
        }
    }
    MainDuties { lead, sections }
}
