//! Case mapping (`upper`, `lower`, `title`, `capitalize`, `swapcase`,
//! `casefold`) and the `is*` predicates of `str`, as CPython 3.11 does them.

use crate::exc::error::R;
use crate::object::boolean;
use crate::objects::str::methods::no_args;
use crate::objects::str::{self as pystr, StrObj};
use crate::protocol::args::Args;
use crate::text::unicode::{self as uc, flags};
use crate::value::Value;

/// `str.upper()`
pub fn m_upper(o: Value, args: Args) -> R<Value> {
    no_args(&args, "upper")?;
    let s = o.as_ref::<StrObj>();
    Ok(map_ascii_or(s, str::to_ascii_uppercase, upper))
}

/// `str.lower()`
pub fn m_lower(o: Value, args: Args) -> R<Value> {
    no_args(&args, "lower")?;
    let s = o.as_ref::<StrObj>();
    Ok(map_ascii_or(s, str::to_ascii_lowercase, lower))
}

/// `str.casefold()`
pub fn m_casefold(o: Value, args: Args) -> R<Value> {
    no_args(&args, "casefold")?;
    let s = o.as_ref::<StrObj>();
    Ok(map_ascii_or(s, str::to_ascii_lowercase, casefold))
}

/// `str.swapcase()`
pub fn m_swapcase(o: Value, args: Args) -> R<Value> {
    no_args(&args, "swapcase")?;
    let s = o.as_ref::<StrObj>();
    Ok(map_ascii_or(s, swapcase_ascii, swapcase))
}

/// `str.title()`
pub fn m_title(o: Value, args: Args) -> R<Value> {
    no_args(&args, "title")?;
    let s = o.as_ref::<StrObj>();
    let text: &str = s.text();
    Ok(pystr::from_string(title(text)))
}

/// `str.capitalize()`
pub fn m_capitalize(o: Value, args: Args) -> R<Value> {
    no_args(&args, "capitalize")?;
    let s = o.as_ref::<StrObj>();
    let text: &str = s.text();
    Ok(pystr::from_string(capitalize(text)))
}

/// `str.isascii()`
pub fn m_isascii(o: Value, args: Args) -> R<Value> {
    no_args(&args, "isascii")?;
    let s = o.as_ref::<StrObj>();
    Ok(boolean(s.is_ascii()))
}

/// `str.isprintable()`
pub fn m_isprintable(o: Value, args: Args) -> R<Value> {
    no_args(&args, "isprintable")?;
    let s = o.as_ref::<StrObj>();
    let text: &str = s.text();
    Ok(boolean(text.chars().all(uc::is_printable)))
}

/// `str.isspace()`
pub fn m_isspace(o: Value, args: Args) -> R<Value> {
    no_args(&args, "isspace")?;
    let s = o.as_ref::<StrObj>();
    let text: &str = s.text();
    Ok(boolean(!text.is_empty() && text.chars().all(uc::is_space)))
}

/// `str.isdigit()`
pub fn m_isdigit(o: Value, args: Args) -> R<Value> {
    no_args(&args, "isdigit")?;
    let s = o.as_ref::<StrObj>();
    let text: &str = s.text();
    Ok(all_flag(text, uc::DIGIT))
}

/// `str.isdecimal()`
pub fn m_isdecimal(o: Value, args: Args) -> R<Value> {
    no_args(&args, "isdecimal")?;
    let s = o.as_ref::<StrObj>();
    let text: &str = s.text();
    Ok(all_flag(text, uc::DECIMAL))
}

/// `str.isnumeric()`
pub fn m_isnumeric(o: Value, args: Args) -> R<Value> {
    no_args(&args, "isnumeric")?;
    let s = o.as_ref::<StrObj>();
    let text: &str = s.text();
    Ok(all_flag(text, uc::NUMERIC))
}

/// `str.isalpha()`
pub fn m_isalpha(o: Value, args: Args) -> R<Value> {
    no_args(&args, "isalpha")?;
    let s = o.as_ref::<StrObj>();
    let text: &str = s.text();
    Ok(all_flag(text, uc::ALPHA))
}

/// `str.isalnum()`
pub fn m_isalnum(o: Value, args: Args) -> R<Value> {
    no_args(&args, "isalnum")?;
    let s = o.as_ref::<StrObj>();
    let text: &str = s.text();
    Ok(boolean(
        !text.is_empty()
            && text
                .chars()
                .all(|c| flags(c) & (uc::ALPHA | uc::DECIMAL | uc::DIGIT | uc::NUMERIC) != 0),
    ))
}

/// `str.isupper()`
pub fn m_isupper(o: Value, args: Args) -> R<Value> {
    no_args(&args, "isupper")?;
    let s = o.as_ref::<StrObj>();
    let text: &str = s.text();
    Ok(boolean(is_upper(text)))
}

/// `str.islower()`
pub fn m_islower(o: Value, args: Args) -> R<Value> {
    no_args(&args, "islower")?;
    let s = o.as_ref::<StrObj>();
    let text: &str = s.text();
    Ok(boolean(is_lower(text)))
}

/// `str.istitle()`
pub fn m_istitle(o: Value, args: Args) -> R<Value> {
    no_args(&args, "istitle")?;
    let s = o.as_ref::<StrObj>();
    let text: &str = s.text();
    Ok(boolean(is_title(text)))
}

/// `str.isidentifier()`
pub fn m_isidentifier(o: Value, args: Args) -> R<Value> {
    no_args(&args, "isidentifier")?;
    let s = o.as_ref::<StrObj>();
    let text: &str = s.text();
    Ok(boolean(is_identifier(text)))
}

fn all_flag(text: &str, mask: u16) -> Value {
    boolean(!text.is_empty() && text.chars().all(|c| flags(c) & mask != 0))
}

/// Maps ASCII text with `ascii`, other text with `full`.
fn map_ascii_or(
    s: &StrObj,
    ascii: impl Fn(&str) -> String,
    full: impl Fn(&str) -> String,
) -> Value {
    if s.is_ascii() {
        return pystr::from_parts(ascii(s.text()), s.nchars);
    }
    pystr::from_string(full(s.text()))
}

fn swapcase_ascii(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_alphabetic() {
                (c as u8 ^ 0x20) as char
            } else {
                c
            }
        })
        .collect()
}

/// `str.upper()`
pub fn upper(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        uc::push_upper(&mut out, c);
    }
    out
}

/// `str.lower()`, with the final-sigma rule.
pub fn lower(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        push_lower_at(&mut out, text, i, c);
    }
    out
}

/// `str.casefold()`
pub fn casefold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        uc::push_fold(&mut out, c);
    }
    out
}

/// `str.swapcase()`
pub fn swapcase(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        let f = flags(c);
        if f & uc::UPPER != 0 {
            push_lower_at(&mut out, text, i, c);
        } else if f & uc::LOWER != 0 {
            uc::push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

/// `str.title()`: titlecase after an uncased character, lowercase after a cased one.
pub fn title(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut prev_cased = false;
    for (i, c) in text.char_indices() {
        if prev_cased {
            push_lower_at(&mut out, text, i, c);
        } else {
            uc::push_title(&mut out, c);
        }
        prev_cased = flags(c) & uc::CASED != 0;
    }
    out
}

/// `str.capitalize()`: first character titlecased, the rest lowercased.
pub fn capitalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        if i == 0 {
            uc::push_title(&mut out, c);
        } else {
            push_lower_at(&mut out, text, i, c);
        }
    }
    out
}

/// Lowercases `c` found at byte `i` of `text`: capital sigma becomes final
/// sigma at the end of a word (CPython's `handle_capital_sigma`).
#[inline]
fn push_lower_at(out: &mut String, text: &str, i: usize, c: char) {
    if c == '\u{3a3}' {
        out.push(if final_sigma(text, i) { 'ς' } else { 'σ' });
    } else {
        uc::push_lower(out, c);
    }
}

fn final_sigma(text: &str, i: usize) -> bool {
    let ignorable = |c: char| flags(c) & uc::CASE_IGNORABLE != 0;
    let cased = |c: char| flags(c) & uc::CASED != 0;
    let before = text[..i].chars().rev().find(|&c| !ignorable(c));
    if !before.is_some_and(cased) {
        return false;
    }
    let after = text[i + 2..].chars().find(|&c| !ignorable(c));
    !after.is_some_and(cased)
}

fn is_upper(text: &str) -> bool {
    let mut cased = false;
    for c in text.chars() {
        let f = flags(c);
        if f & (uc::LOWER | uc::TITLE) != 0 {
            return false;
        }
        cased |= f & uc::UPPER != 0;
    }
    cased
}

fn is_lower(text: &str) -> bool {
    let mut cased = false;
    for c in text.chars() {
        let f = flags(c);
        if f & (uc::UPPER | uc::TITLE) != 0 {
            return false;
        }
        cased |= f & uc::LOWER != 0;
    }
    cased
}

fn is_title(text: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in text.chars() {
        let f = flags(c);
        if f & (uc::UPPER | uc::TITLE) != 0 {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if f & uc::LOWER != 0 {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// `str.isidentifier()`: XID_Start or `_`, then XID_Continue.
pub fn is_identifier(text: &str) -> bool {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) if flags(c) & uc::XID_START != 0 => chars.all(|c| flags(c) & uc::XID_CONTINUE != 0),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::str::{as_str, new};

    fn m(s: &str, name: &str) -> String {
        as_str(
            crate::testing::call_method(new(s), name, crate::protocol::args::Args::positional(&[]))
                .unwrap(),
        )
        .to_string()
    }

    fn p(s: &str, name: &str) -> bool {
        crate::testing::call_method(new(s), name, crate::protocol::args::Args::positional(&[]))
            .unwrap()
            == boolean(true)
    }

    #[test]
    fn case_mapping_matches_cpython() {
        // python3 -c "s='hello ΣΑΣ wORLD ß ǆx İ ŉ'; print(s.upper()); ..."
        let s = "hello ΣΑΣ wORLD ß ǆx İ ŉ";
        assert_eq!(m(s, "upper"), "HELLO ΣΑΣ WORLD SS ǄX İ ʼN");
        assert_eq!(m(s, "lower"), "hello σας world ß ǆx i̇ ŉ");
        assert_eq!(m(s, "title"), "Hello Σας World Ss ǅx İ ʼN");
        assert_eq!(m(s, "capitalize"), "Hello σας world ß ǆx i̇ ŉ");
        assert_eq!(m(s, "swapcase"), "HELLO σας World SS ǄX i̇ ʼN");
        assert_eq!(m(s, "casefold"), "hello σασ world ss ǆx i̇ ʼn");
        assert_eq!(m("ΑΣ.Σ'Σ", "lower"), "ασ.σ'ς");
        assert_eq!(
            m("they're bill's friends", "title"),
            "They'Re Bill'S Friends"
        );
        assert_eq!(m("abc DEF", "swapcase"), "ABC def");
        assert_eq!(m("", "upper"), "");
    }

    #[test]
    fn predicates_match_cpython() {
        assert!(p("123", "isdigit") && p("²", "isdigit") && !p("½", "isdigit"));
        assert!(p("½", "isnumeric") && !p("²", "isdecimal") && p("٣", "isdecimal"));
        assert!(!p("", "isdigit") && !p("", "isalpha") && p("", "isprintable") && p("", "isascii"));
        assert!(p("abcé", "isalpha") && !p("ab1", "isalpha") && p("ab1½", "isalnum"));
        assert!(p(" \t\n\x1c\u{85}\u{3000}", "isspace") && !p("", "isspace"));
        assert!(p("ABC1", "isupper") && !p("1", "isupper") && !p("ǅ", "isupper"));
        assert!(p("abc1", "islower") && !p("aBc", "islower"));
        assert!(p("Hello World", "istitle") && p("ǅa", "istitle") && !p("HEllo", "istitle"));
        assert!(!p("", "istitle") && p("A1 B", "istitle"));
        assert!(p("_x1", "isidentifier") && p("é", "isidentifier") && !p("1x", "isidentifier"));
        assert!(!p("", "isidentifier") && !p("a-b", "isidentifier"));
        assert!(!p("a\u{85}", "isprintable") && p("é€", "isprintable"));
        assert!(!p("é", "isascii"));
    }
}
