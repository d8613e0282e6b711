//! `time.strptime` and `_strptime._strptime` (what `datetime.strptime`
//! calls): CPython 3.11's parsing of a string by a format in the C locale.
//! CPython turns the format into a regular expression (case-insensitive,
//! whitespace runs as `\s+`, each directive a group of alternatives) and
//! matches it from the start; this matcher walks the same alternatives in
//! the same order with backtracking, so the first match, and with it what
//! is left unconverted, is the one CPython's finds.

use super::libc;
use super::struct_time;
use crate::exc::error::{type_error, value_error, R};
use crate::object;
use crate::objects::func::BuiltinObj;
use crate::objects::{int, str as strobj, tuple};
use crate::protocol::args::Args;
use crate::protocol::dispatch;
use crate::text::unicode;
use crate::value::Value;

const DAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
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

/// The default format of `time.strptime`.
const DEFAULT_FORMAT: &str = "%a %b %d %H:%M:%S %Y";

/// One element of a compiled format.
#[derive(Clone, Copy, PartialEq)]
enum Item {
    /// A character matched case-insensitively.
    Lit(char),
    /// A run of whitespace in the format: one or more whitespace characters.
    Space,
    /// A directive (`Y`, `m`, ...), a group of its own.
    Dir(char),
}

/// The alternatives of the numeric directives, in the order CPython's
/// regular expressions list them: `D` is any decimal digit (Unicode, as
/// `\d`), `[ab]` an ASCII digit from a to b, anything else itself.
fn numeric_alts(d: char) -> Option<&'static [&'static str]> {
    Some(match d {
        'd' => &["3[01]", "[12]D", "0[19]", "[19]", " [19]"],
        'H' => &["2[03]", "[01]D", "D"],
        'I' => &["1[02]", "0[19]", "[19]"],
        'G' | 'Y' => &["DDDD"],
        'y' => &["DD"],
        'j' => &[
            "36[06]", "3[05]D", "[12]DD", "0[19]D", "00[19]", "[19]D", "0[19]", "[19]",
        ],
        'm' => &["1[02]", "0[19]", "[19]"],
        'M' => &["[05]D", "D"],
        'S' => &["6[01]", "[05]D", "D"],
        'U' | 'W' => &["5[03]", "[04]D", "D"],
        'V' => &["5[03]", "0[19]", "[14]D", "D"],
        'w' => &["[06]"],
        'u' => &["[17]"],
        _ => return None,
    })
}

/// The regular expression CPython builds for a directive: only its length
/// and group count matter here (for the message about a repeated group).
fn regex_len(d: char, zones: &[String]) -> (usize, usize) {
    let names = |v: &[String]| 7 + v.iter().map(|s| s.len() + 1).sum::<usize>() - 1;
    match d {
        'z' => (56, 3),
        'f' => (17, 1),
        '%' => (1, 0),
        'a' | 'A' | 'b' | 'B' | 'p' | 'Z' => (names(&name_list(d, zones)), 1),
        _ => {
            let alts = numeric_alts(d).unwrap_or(&[]);
            let body: usize = alts
                .iter()
                .map(|a| a.replace('D', "\\d").replace('[', "[-").len() + 1)
                .sum::<usize>()
                - 1;
            (7 + body, 1)
        }
    }
}

/// The names a name directive matches, longest first (lowercase).
fn name_list(d: char, zones: &[String]) -> Vec<String> {
    let mut v: Vec<String> = match d {
        'A' => DAYS.iter().map(|s| s.to_string()).collect(),
        'a' => DAYS.iter().map(|s| s[..3].to_string()).collect(),
        'B' => MONTHS.iter().map(|s| s.to_string()).collect(),
        'b' => MONTHS.iter().map(|s| s[..3].to_string()).collect(),
        'p' => vec!["am".to_string(), "pm".to_string()],
        _ => zones.to_vec(),
    };
    // A stable sort, as Python's `sorted(key=len, reverse=True)`.
    v.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
    v
}

/// The expansion of `%c`, `%x` and `%X` in the C locale.
fn locale_format(d: char) -> Option<&'static str> {
    match d {
        'c' => Some("%a %b %d %H:%M:%S %Y"),
        'x' => Some("%m/%d/%y"),
        'X' => Some("%H:%M:%S"),
        _ => None,
    }
}

/// Characters `re.escape`-like escaping gives a backslash in CPython's
/// pattern, which a `%` before them then reads as a bad directive `%`.
fn is_regex_special(c: char) -> bool {
    "\\.^$*+?(){}[]|".contains(c)
}

/// The format compiled, or the ValueError CPython raises for it.
struct Compiled {
    items: Vec<Item>,
    /// Length of the regular expression so far and its group count, for
    /// the repeated-group message.
    re_len: usize,
    groups: usize,
    seen: Vec<(char, usize)>,
}

fn compile_into(fmt: &str, whole: &str, zones: &[String], c: &mut Compiled) -> R<()> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let ch = chars[i];
        if ch == '%' {
            let Some(&d) = chars.get(i + 1) else {
                return Err(value_error(format!("stray % in format '{whole}'")));
            };
            i += 2;
            if is_regex_special(d) || unicode::is_space(d) {
                return Err(value_error(format!(
                    "'%' is a bad directive in format '{whole}'"
                )));
            }
            if let Some(sub) = locale_format(d) {
                compile_into(sub, whole, zones, c)?;
                continue;
            }
            if d != '%'
                && d != 'z'
                && d != 'f'
                && numeric_alts(d).is_none()
                && !"aAbBpZ".contains(d)
            {
                return Err(value_error(format!(
                    "'{d}' is a bad directive in format '{whole}'"
                )));
            }
            let (len, groups) = regex_len(d, zones);
            if d == '%' {
                c.items.push(Item::Lit('%'));
            } else {
                if let Some(&(_, first)) = c.seen.iter().find(|(k, _)| *k == d) {
                    return Err(value_error(format!(
                        "redefinition of group name '{d}' as group {}; was group {first} at position {}",
                        c.groups + 1,
                        c.re_len + 4
                    )));
                }
                c.seen.push((d, c.groups + 1));
                c.items.push(Item::Dir(d));
            }
            c.re_len += len;
            c.groups += groups;
            continue;
        }
        if unicode::is_space(ch) {
            while i < chars.len() && unicode::is_space(chars[i]) {
                i += 1;
            }
            c.items.push(Item::Space);
            c.re_len += 3;
            continue;
        }
        c.items.push(Item::Lit(ch));
        c.re_len += if is_regex_special(ch) { 2 } else { 1 };
        i += 1;
    }
    Ok(())
}

fn same_ci(a: char, b: char) -> bool {
    a == b || (a.to_lowercase().eq(b.to_lowercase()))
}

/// True if the fixed-length alternative `alt` matches at `s[i..]`.
fn alt_matches(alt: &str, s: &[char], mut i: usize) -> Option<usize> {
    let a: Vec<char> = alt.chars().collect();
    let start = i;
    let mut k = 0;
    while k < a.len() {
        let c = *s.get(i)?;
        match a[k] {
            'D' => {
                unicode::decimal_value(c)?;
                k += 1;
            }
            '[' => {
                let (lo, hi) = (a[k + 1], a[k + 2]);
                if !(lo..=hi).contains(&c) {
                    return None;
                }
                k += 4;
            }
            lit => {
                if !same_ci(c, lit) {
                    return None;
                }
                k += 1;
            }
        }
        i += 1;
    }
    Some(i - start)
}

/// The lengths a directive can match at `s[i..]`, in the order CPython's
/// regular expression tries them.
fn candidates(d: char, s: &[char], i: usize, zones: &[String]) -> Vec<usize> {
    let ascii_digit = |k: usize| s.get(k).is_some_and(|c| c.is_ascii_digit());
    let digit = |k: usize| {
        s.get(k)
            .is_some_and(|&c| unicode::decimal_value(c).is_some())
    };
    let mut out = Vec::new();
    match d {
        'f' => {
            let mut n = 0;
            while n < 6 && ascii_digit(i + n) {
                n += 1;
            }
            out.extend((1..=n).rev());
        }
        'z' => {
            if s.get(i) == Some(&'Z') {
                // `(?-i:Z)` is the second alternative; the first never
                // starts with `Z`.
                out.push(1);
                return out;
            }
            if !matches!(s.get(i), Some('+' | '-')) || !digit(i + 1) || !digit(i + 2) {
                return out;
            }
            let five = |k: usize| s.get(k).is_some_and(|c| ('0'..='5').contains(c));
            let mut heads = Vec::new();
            if s.get(i + 3) == Some(&':') {
                heads.push(i + 4);
            }
            heads.push(i + 3);
            for h in heads {
                if !(five(h) && digit(h + 1)) {
                    continue;
                }
                let after_mm = h + 2;
                let mut secs = Vec::new();
                if s.get(after_mm) == Some(&':') {
                    secs.push(after_mm + 1);
                }
                secs.push(after_mm);
                for sp in secs {
                    if five(sp) && digit(sp + 1) {
                        let after_ss = sp + 2;
                        if s.get(after_ss) == Some(&'.') {
                            let mut n = 0;
                            while n < 6 && digit(after_ss + 1 + n) {
                                n += 1;
                            }
                            for k in (1..=n).rev() {
                                out.push(after_ss + 1 + k - i);
                            }
                        }
                        out.push(after_ss - i);
                    }
                }
                out.push(after_mm - i);
            }
        }
        'a' | 'A' | 'b' | 'B' | 'p' | 'Z' => {
            for name in name_list(d, zones) {
                let n = name.chars().count();
                if s.len() >= i + n && name.chars().zip(&s[i..i + n]).all(|(a, &b)| same_ci(b, a)) {
                    out.push(n);
                }
            }
        }
        _ => {
            for alt in numeric_alts(d).unwrap_or(&[]) {
                if let Some(n) = alt_matches(alt, s, i) {
                    out.push(n);
                }
            }
        }
    }
    out
}

/// Backtracking match of `items[k..]` at `s[i..]`: the end of the first
/// match, with each directive's span in `caps`.
fn match_at(
    items: &[Item],
    k: usize,
    s: &[char],
    i: usize,
    zones: &[String],
    caps: &mut Vec<(char, usize, usize)>,
) -> Option<usize> {
    let Some(&item) = items.get(k) else {
        return Some(i);
    };
    match item {
        Item::Lit(c) => {
            if s.get(i).is_some_and(|&x| same_ci(x, c)) {
                match_at(items, k + 1, s, i + 1, zones, caps)
            } else {
                None
            }
        }
        Item::Space => {
            let mut n = 0;
            while s.get(i + n).is_some_and(|&c| unicode::is_space(c)) {
                n += 1;
            }
            for len in (1..=n).rev() {
                if let Some(e) = match_at(items, k + 1, s, i + len, zones, caps) {
                    return Some(e);
                }
            }
            None
        }
        Item::Dir(d) => {
            for len in candidates(d, s, i, zones) {
                caps.push((d, i, i + len));
                if let Some(e) = match_at(items, k + 1, s, i + len, zones, caps) {
                    return Some(e);
                }
                caps.pop();
            }
            None
        }
    }
}

// ---- the calendar arithmetic CPython's `_strptime` does through `datetime.date` ------

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

fn days_in_month(y: i64, m: i64) -> i64 {
    const D: [i64; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    if m == 2 && is_leap(y) {
        29
    } else {
        D[(m - 1) as usize]
    }
}

/// `datetime.date(y, m, d)`'s checks.
fn check_date(y: i64, m: i64, d: i64) -> R<()> {
    if !(1..=9999).contains(&y) {
        return Err(value_error(format!("year {y} is out of range")));
    }
    if !(1..=12).contains(&m) {
        return Err(value_error("month must be in 1..12"));
    }
    if d < 1 || d > days_in_month(y, m) {
        return Err(value_error("day is out of range for month"));
    }
    Ok(())
}

/// The proleptic Gregorian ordinal (0001-01-01 is 1) of a checked date.
fn ordinal(y: i64, m: i64, d: i64) -> i64 {
    let p = y - 1;
    let mut n = p * 365 + p / 4 - p / 100 + p / 400 + d;
    for k in 1..m {
        n += days_in_month(y, k);
    }
    n
}

/// `datetime.date.fromordinal(n)`: the date of an ordinal, checked.
fn from_ordinal(n: i64) -> R<(i64, i64, i64)> {
    if n < 1 {
        return Err(value_error("ordinal must be >= 1"));
    }
    // Whole years first (an estimate corrected by at most one), then months.
    let mut y = n * 400 / 146097 + 1;
    while y > 1 && ordinal(y, 1, 1) > n {
        y -= 1;
    }
    while ordinal(y + 1, 1, 1) <= n {
        y += 1;
    }
    if y > 9999 {
        return Err(value_error(format!("year {y} is out of range")));
    }
    let mut rest = n - ordinal(y, 1, 1) + 1;
    let mut m = 1;
    while rest > days_in_month(y, m) {
        rest -= days_in_month(y, m);
        m += 1;
    }
    Ok((y, m, rest))
}

/// Monday 0 .. Sunday 6 of a checked date.
fn weekday(y: i64, m: i64, d: i64) -> i64 {
    (ordinal(y, m, d) + 6) % 7
}

/// The int of a matched run of decimal digits.
fn digits_value(s: &[char]) -> i64 {
    s.iter().fold(0i64, |v, &c| {
        v * 10 + unicode::decimal_value(c).unwrap_or(0) as i64
    })
}

/// What `_strptime._strptime` returns, flattened: the struct_time's
/// eleven fields, the microseconds and the offset's microseconds.
struct Parsed {
    fields: [i64; 9],
    tzname: Option<String>,
    gmtoff: Option<i64>,
    fraction: i64,
    gmtoff_fraction: i64,
}

/// The zone names `%Z` accepts (lowercase), as CPython's `LocaleTime`
/// finds them: UTC, GMT and the standard zone's name (no daylight saving
/// time), and the daylight zone's name when there is one.
struct Zones {
    no_saving: Vec<String>,
    saving: Vec<String>,
    /// The local zone has daylight saving time and both names are the
    /// same, so a found name other than UTC/GMT says nothing about DST.
    ambiguous: bool,
}

fn zone_names() -> R<Zones> {
    let (_, _, daylight, std_name, dst_name) = super::zones()?;
    let mut no_saving = vec!["utc".to_string(), "gmt".to_string()];
    let lower = std_name.to_lowercase();
    if !no_saving.contains(&lower) {
        no_saving.push(lower);
    }
    let saving = if daylight {
        vec![dst_name.to_lowercase()]
    } else {
        Vec::new()
    };
    Ok(Zones {
        no_saving,
        saving,
        ambiguous: daylight && std_name == dst_name,
    })
}

fn parse(data: Value, fmt: Value) -> R<Parsed> {
    let text = strobj::as_str(data);
    let format = strobj::as_str(fmt);
    libc::reset_zone();
    let zone_sets = zone_names()?;
    let zones: Vec<String> = zone_sets
        .no_saving
        .iter()
        .chain(zone_sets.saving.iter())
        .cloned()
        .collect();
    let mut compiled = Compiled {
        items: Vec::new(),
        re_len: 0,
        groups: 0,
        seen: Vec::new(),
    };
    compile_into(format, format, &zones, &mut compiled)?;
    let s: Vec<char> = text.chars().collect();
    let mut caps = Vec::new();
    let Some(end) = match_at(&compiled.items, 0, &s, 0, &zones, &mut caps) else {
        return Err(value_error(format!(
            "time data {} does not match format {}",
            repr(data)?,
            repr(fmt)?
        )));
    };
    if end != s.len() {
        let rest: String = s[end..].iter().collect();
        return Err(value_error(format!("unconverted data remains: {rest}")));
    }
    let group = |d: char| {
        caps.iter()
            .find(|(k, _, _)| *k == d)
            .map(|&(_, a, b)| &s[a..b])
    };
    let lower = |v: &[char]| v.iter().collect::<String>().to_lowercase();

    let mut year: Option<i64> = None;
    let (mut month, mut day) = (1i64, 1i64);
    let (mut hour, mut minute, mut second, mut fraction) = (0i64, 0i64, 0i64, 0i64);
    let mut tz = -1i64;
    let mut gmtoff: Option<i64> = None;
    let mut gmtoff_fraction = 0i64;
    let (mut iso_year, mut iso_week): (Option<i64>, Option<i64>) = (None, None);
    let (mut week_of_year, mut week_starts_monday) = (-1i64, false);
    let (mut wday, mut julian): (Option<i64>, Option<i64>) = (None, None);
    for &(d, a, b) in &caps {
        let g = &s[a..b];
        match d {
            'y' => {
                let v = digits_value(g);
                year = Some(if v <= 68 { v + 2000 } else { v + 1900 });
            }
            'Y' => year = Some(digits_value(g)),
            'G' => iso_year = Some(digits_value(g)),
            'm' => month = digits_value(g),
            'B' => month = MONTHS.iter().position(|m| *m == lower(g)).unwrap_or(0) as i64 + 1,
            'b' => month = MONTHS.iter().position(|m| m[..3] == lower(g)).unwrap_or(0) as i64 + 1,
            'd' => day = digits_value(g.trim_ascii_start_chars()),
            'H' => hour = digits_value(g),
            'I' => {
                hour = digits_value(g);
                match group('p').map(lower).as_deref() {
                    None | Some("am") => {
                        if hour == 12 {
                            hour = 0;
                        }
                    }
                    _ => {
                        if hour != 12 {
                            hour += 12;
                        }
                    }
                }
            }
            'M' => minute = digits_value(g),
            'S' => second = digits_value(g),
            'f' => fraction = digits_value(g) * 10i64.pow(6 - g.len() as u32),
            'A' => wday = Some(DAYS.iter().position(|x| *x == lower(g)).unwrap_or(0) as i64),
            'a' => wday = Some(DAYS.iter().position(|x| x[..3] == lower(g)).unwrap_or(0) as i64),
            'w' => wday = Some((digits_value(g) + 6) % 7),
            'u' => wday = Some(digits_value(g) - 1),
            'j' => julian = Some(digits_value(g)),
            'U' | 'W' => {
                week_of_year = digits_value(g);
                week_starts_monday = d == 'W';
            }
            'V' => iso_week = Some(digits_value(g)),
            'z' => {
                let (off, frac) = parse_offset(g)?;
                gmtoff = Some(off);
                gmtoff_fraction = frac;
            }
            'Z' => {
                let found = lower(g);
                let uninformative = zone_sets.ambiguous && found != "utc" && found != "gmt";
                if zone_sets.no_saving.contains(&found) {
                    if !uninformative {
                        tz = 0;
                    }
                } else if zone_sets.saving.contains(&found) && !uninformative {
                    tz = 1;
                }
            }
            _ => {}
        }
    }

    if year.is_none() && iso_year.is_some() {
        if iso_week.is_none() || wday.is_none() {
            return Err(value_error(
                "ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').",
            ));
        }
        if julian.is_some() {
            return Err(value_error(
                "Day of the year directive '%j' is not compatible with ISO year directive '%G'. Use '%Y' instead.",
            ));
        }
    } else if iso_week.is_some() {
        if wday.is_none() {
            return Err(value_error(
                "ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u').",
            ));
        }
        return Err(value_error(
            "ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.",
        ));
    }

    // A February 29th without a year is parsed in a leap year and reported
    // in 1900, as CPython does.
    let leap_year_fix = year.is_none() && month == 2 && day == 29;
    let mut year = year.unwrap_or(if leap_year_fix { 1904 } else { 1900 });
    if let (None, Some(wd)) = (julian, wday) {
        if week_of_year != -1 {
            check_date(year, 1, 1)?;
            let mut first = weekday(year, 1, 1);
            let mut wd = wd;
            if !week_starts_monday {
                first = (first + 1) % 7;
                wd = (wd + 1) % 7;
            }
            let week0_len = (7 - first) % 7;
            julian = Some(if week_of_year == 0 {
                1 + wd - first
            } else {
                1 + week0_len + 7 * (week_of_year - 1) + wd
            });
        } else if let (Some(iy), Some(iw)) = (iso_year, iso_week) {
            check_date(iy, 1, 4)?;
            let correction = weekday(iy, 1, 4) + 1 + 3;
            let mut ord = iw * 7 + wd + 1 - correction;
            let mut iy = iy;
            if ord < 1 {
                check_date(iy, 1, 1)?;
                ord += ordinal(iy, 1, 1);
                iy -= 1;
                check_date(iy, 1, 1)?;
                ord -= ordinal(iy, 1, 1);
            }
            year = iy;
            julian = Some(ord);
        }
        if let Some(j) = julian {
            if j <= 0 {
                year -= 1;
                julian = Some(j + if is_leap(year) { 366 } else { 365 });
            }
        }
    }
    let julian = match julian {
        None => {
            check_date(year, month, day)?;
            ordinal(year, month, day) - ordinal(year, 1, 1) + 1
        }
        Some(j) => {
            check_date(year, 1, 1)?;
            let (y, m, d) = from_ordinal(j - 1 + ordinal(year, 1, 1))?;
            year = y;
            month = m;
            day = d;
            j
        }
    };
    let wday = match wday {
        Some(w) => w,
        None => {
            check_date(year, month, day)?;
            weekday(year, month, day)
        }
    };
    if leap_year_fix {
        year = 1900;
    }
    Ok(Parsed {
        fields: [year, month, day, hour, minute, second, wday, julian, tz],
        tzname: group('Z').map(|g| g.iter().collect()),
        gmtoff,
        fraction,
        gmtoff_fraction,
    })
}

/// Helpers on a slice of characters.
trait CharsExt {
    fn trim_ascii_start_chars(&self) -> &Self;
}

impl CharsExt for [char] {
    fn trim_ascii_start_chars(&self) -> &[char] {
        let n = self.iter().take_while(|c| **c == ' ').count();
        &self[n..]
    }
}

/// A `%z` match as (seconds, microseconds) east of UTC.
fn parse_offset(g: &[char]) -> R<(i64, i64)> {
    if g == ['Z'] {
        return Ok((0, 0));
    }
    let orig: String = g.iter().collect();
    let mut z: Vec<char> = g.to_vec();
    // Colons are checked only when the first one is there.
    if z[3] == ':' {
        z.remove(3);
        if z.len() > 5 {
            if z[5] != ':' {
                return Err(value_error(format!("Inconsistent use of : in {orig}")));
            }
            z.remove(5);
        }
    }
    let num = |a: usize, b: usize| digits_value(&z[a.min(z.len())..b.min(z.len())]);
    let (h, m, sec) = (num(1, 3), num(3, 5), num(5, 7));
    let rem = &z[8.min(z.len())..];
    let frac = digits_value(rem) * 10i64.pow(6 - rem.len() as u32);
    let off = h * 3600 + m * 60 + sec;
    Ok(if z[0] == '-' {
        (-off, -frac)
    } else {
        (off, frac)
    })
}

fn repr(v: Value) -> R<String> {
    dispatch::repr(v)
}

fn opt_int(v: Option<i64>) -> Value {
    v.map_or_else(object::none, int::from_i64)
}

fn opt_str(v: &Option<String>) -> Value {
    v.as_deref().map_or_else(object::none, strobj::new)
}

/// The str check of `_strptime`'s two arguments (numbered from 0, with the
/// type's repr, as CPython's words are).
fn check_str(v: Value, index: usize) -> R<()> {
    if strobj::try_str(v).is_none() {
        return Err(type_error(format!(
            "strptime() argument {index} must be str, not {}",
            repr(object::type_of(v).value())?
        )));
    }
    Ok(())
}

/// `time.strptime(string[, format])`
pub static STRPTIME: BuiltinObj = BuiltinObj::new("strptime", |a: Args| {
    a.no_kwargs("strptime")?;
    let n = a.pos.len();
    if n == 0 {
        return Err(type_error(
            "_strptime_time() missing 1 required positional argument: 'data_string'",
        ));
    }
    if n > 2 {
        return Err(type_error(format!(
            "_strptime_time() takes from 1 to 2 positional arguments but {n} were given"
        )));
    }
    let fmt = a
        .pos
        .get(1)
        .copied()
        .unwrap_or_else(|| strobj::new(DEFAULT_FORMAT));
    check_str(a.pos[0], 0)?;
    check_str(fmt, 1)?;
    let p = parse(a.pos[0], fmt)?;
    let items = p.fields.map(int::from_i64);
    struct_time::make(&items, opt_str(&p.tzname), opt_int(p.gmtoff))
});

/// `_strptime._strptime(data_string, format)`: the parsed fields as one
/// tuple (year, month, day, hour, minute, second, weekday, julian, isdst,
/// tzname, gmtoff, fraction, gmtoff_fraction), for `datetime.strptime`,
/// which checks its arguments itself.
pub static STRPTIME_FIELDS: BuiltinObj = BuiltinObj::new("_strptime", |a: Args| {
    let pos = a.positional_range("_strptime", 2, 2)?;
    for (i, v) in pos.iter().enumerate() {
        if strobj::try_str(*v).is_none() {
            return Err(type_error(format!(
                "strptime() argument {} must be str, not {}",
                i + 1,
                object::type_name(*v)
            )));
        }
    }
    let p = parse(pos[0], pos[1])?;
    // Rooted: the strings and ints made here are fresh objects.
    let mut items = crate::gc::RootedVec::new();
    for &v in &p.fields {
        items.push(int::from_i64(v));
    }
    items.push(opt_str(&p.tzname));
    items.push(opt_int(p.gmtoff));
    items.push(int::from_i64(p.fraction));
    items.push(int::from_i64(p.gmtoff_fraction));
    Ok(tuple::from_slice(&items))
});

/// Defines the native module `_strptime`.
pub fn init_module(b: &mut super::super::ModuleBuilder) -> R<()> {
    b.func(&STRPTIME_FIELDS);
    Ok(())
}
