//! `rounds.bin`: every Express Entry round of invitations in a compact binary form, written by the
//! build (from IRCC's feed, `feed.rs`) and read by `Store` (feature `rounds`) for the calculator's
//! draws and `noc rounds`. Pure: no I/O.
//!
//! Version byte, then LEB128 varints: the tables of names and sources, the number of rounds, and
//! per round (newest first): number, letter (0 or ASCII), days before the previous round (zigzag),
//! name index, source index, invitations, cut-off, tie-break (0 = none, else zigzag seconds
//! before the round's day + 1), distribution day (0 = none, else days before the round + 1) and its
//! 18 counts (0 = not in our copy, else zigzag change from the previous distribution's count + 1).
use ee_rules::date::{date_from_days, days_from_date, Date, DateTime};
use ee_rules::rounds::{classify, Distribution, Round, RoundClass};

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
            class,
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
