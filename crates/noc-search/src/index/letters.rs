//! One-letter queries. The first letter of every search is its slowest keystroke: it reaches every
//! title that has a word beginning with that letter (thousands), while its answer never changes.
//! So the first one-letter query ranks all 26 letters at once (natively a few milliseconds, once
//! per index) and keeps their first `LETTER_HITS` unit groups (26 × 100 × 8 bytes); the next first
//! letters are read from them. A query is one letter when it is one character that folds to one
//! ("É" is "e"): the ranking reads the query only through its folded words, so both rank alike.

use super::query::parse_query;
use super::Index;
use crate::normalize;

/// Unit groups kept per letter: the most any caller asks for (`NocWidget.search`'s `limit` and the
/// search box's program filter stop at 100); a larger `limit` is ranked afresh.
const LETTER_HITS: usize = 100;

/// Per letter a–z, its ranking as [`Index::blended_ranking`] returns it.
pub(crate) struct LetterAnswers(Vec<(Vec<(f32, u32)>, f32)>);

impl Index {
    /// The kept ranking of a one-letter query, when `query` is one and `limit` is within what is
    /// kept (the first `limit` of `LETTER_HITS` are the first `limit` of a ranking of `limit`:
    /// `sort::top` is stable).
    pub(super) fn letter_answer(
        &self,
        query: &str,
        limit: usize,
    ) -> Option<&(Vec<(f32, u32)>, f32)> {
        if limit > LETTER_HITS {
            return None;
        }
        let letter = one_letter(query)?;
        let answers = self.letters.get_or_init(|| {
            LetterAnswers(
                ('a'..='z')
                    .map(|c| {
                        let q = c.to_string();
                        self.blended_ranking(&q, parse_query(&q, self.rules), LETTER_HITS)
                    })
                    .collect(),
            )
        });
        answers.0.get(letter)
    }
}

/// 0–25 when `query` is one character that folds to one letter a–z.
fn one_letter(query: &str) -> Option<usize> {
    let mut chars = query.chars();
    let c = chars.next()?;
    if chars.next().is_some() {
        return None;
    }
    match normalize::fold(c.encode_utf8(&mut [0; 4])).as_bytes() {
        [b] if b.is_ascii_lowercase() => Some(usize::from(b - b'a')),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::one_letter;

    #[test]
    fn one_letter_is_one_character_folding_to_a_to_z() {
        assert_eq!(one_letter("a"), Some(0));
        assert_eq!(one_letter("Z"), Some(25));
        assert_eq!(one_letter("É"), Some(4));
        assert_eq!(one_letter("ç"), Some(2));
        for q in ["", "ab", "a ", " a", "1", "-", "æ", "ß"] {
            assert_eq!(one_letter(q), None, "{q:?}");
        }
    }
}
