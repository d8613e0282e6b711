//! `unicodedata`: the Unicode 14.0 character database as CPython 3.11
//! reports it (`category`, `name`/`lookup` with aliases, named sequences
//! and algorithmic names, the numeric values, `normalize`, ...), with its
//! argument rules and messages. The data (`tables.rs`) is linked only into
//! programs that use it (`data.rs`).

pub mod data;
pub mod normalize;
mod tables;

use crate::exc::error::{raise, type_error, value_error, R};
use crate::objects::func::BuiltinObj;
use crate::protocol::args::Args;
use crate::stdlib::ModuleBuilder;
use crate::value::Value;
use alrt_abi::text::{code_point, stored_char};
use data::Tables;

/// General categories by record value (`rt/tools/gen_unicodedata.py`).
const CATEGORIES: [&str; 30] = [
    "Cn", "Lu", "Ll", "Lt", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs",
    "Co", "Lm", "Lo", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So",
];
/// Bidirectional classes by record value.
const BIDI: [&str; 24] = [
    "", "L", "LRE", "LRO", "R", "AL", "RLE", "RLO", "PDF", "EN", "ES", "ET", "AN", "CS", "NSM",
    "BN", "B", "S", "WS", "ON", "LRI", "RLI", "FSI", "PDI",
];
/// East Asian widths by record value.
const EAW: [&str; 6] = ["F", "H", "W", "Na", "A", "N"];
/// Decomposition tags by number.
const TAGS: [&str; 17] = [
    "",
    "<font>",
    "<noBreak>",
    "<initial>",
    "<medial>",
    "<final>",
    "<isolated>",
    "<circle>",
    "<super>",
    "<sub>",
    "<vertical>",
    "<wide>",
    "<narrow>",
    "<small>",
    "<square>",
    "<fraction>",
    "<compat>",
];

/// The tables; every program importing the module links them.
fn tables() -> R<&'static Tables> {
    data::linked().map(|l| l.tables).ok_or_else(|| {
        raise(
            &crate::exc::NOT_IMPLEMENTED_ERROR,
            "not supported yet: Unicode data in a program that does not import unicodedata",
        )
    })
}

/// The character argument of `fname` as a code point ("argument" or
/// "argument 1" in the message, as CPython's converters say).
fn char_arg(fname: &str, which: &str, v: Value) -> R<u32> {
    let s = crate::objects::str::try_str(crate::class::instance::unwrap(v));
    if let Some(s) = s {
        let mut it = s.chars();
        if let (Some(c), None) = (it.next(), it.next()) {
            return Ok(code_point(c));
        }
    }
    Err(type_error(format!(
        "{fname}() {which} must be a unicode character, not {}",
        crate::objects::bytes::clinic_type_name(v)
    )))
}

/// The one argument of a METH_O function.
fn one_char(fname: &str, args: &Args) -> R<u32> {
    let pos = args.positional_range(&format!("unicodedata.{fname}"), 1, 1)?;
    char_arg(fname, "argument", pos[0])
}

/// The character and optional default of `decimal`, `digit`, `numeric`
/// and `name`.
fn char_default(fname: &str, args: &Args) -> R<(u32, Option<Value>)> {
    args.no_kwargs(&format!("unicodedata.{fname}"))?;
    crate::builtins::args::check_count(fname, args.pos.len(), 1, 2)?;
    let cp = char_arg(fname, "argument 1", args.pos[0])?;
    Ok((cp, args.pos.get(1).copied()))
}

fn record(args: &Args, fname: &str) -> R<&'static data::Record> {
    Ok(tables()?.record(one_char(fname, args)?))
}

fn s(text: &str) -> R<Value> {
    Ok(crate::objects::str::new(text))
}

/// Text of code points (lone surrogates stored as `alrt_abi::text` says).
fn text_of(cps: &[u32]) -> String {
    cps.iter().filter_map(|&cp| stored_char(cp).ok()).collect()
}

static CATEGORY: BuiltinObj = BuiltinObj::new("category", |a| {
    s(CATEGORIES[record(&a, "category")?.category as usize])
});
static BIDIRECTIONAL: BuiltinObj = BuiltinObj::new("bidirectional", |a| {
    s(BIDI[record(&a, "bidirectional")?.bidi as usize])
});
static EAST_ASIAN_WIDTH: BuiltinObj = BuiltinObj::new("east_asian_width", |a| {
    s(EAW[record(&a, "east_asian_width")?.eaw as usize])
});
static COMBINING: BuiltinObj = BuiltinObj::new("combining", |a| {
    Ok(crate::objects::int::from_i64(
        record(&a, "combining")?.combining as i64,
    ))
});
static MIRRORED: BuiltinObj = BuiltinObj::new("mirrored", |a| {
    Ok(crate::objects::int::from_i64(
        record(&a, "mirrored")?.mirrored as i64,
    ))
});
static DECOMPOSITION: BuiltinObj = BuiltinObj::new("decomposition", |a| {
    let cp = one_char("decomposition", &a)?;
    let Some((tag, parts)) = tables()?.decomposition(cp) else {
        return s("");
    };
    let mut out: Vec<String> = Vec::new();
    if tag != 0 {
        out.push(TAGS[tag as usize].to_string());
    }
    out.extend(parts.iter().map(|p| format!("{p:04X}")));
    s(&out.join(" "))
});

/// `decimal`, `digit` and `numeric`: the value, else the default, else
/// CPython's ValueError.
fn number(fname: &str, args: Args, get: fn(&Tables, u32) -> Option<Value>, msg: &str) -> R<Value> {
    let (cp, default) = char_default(fname, &args)?;
    match (get(tables()?, cp), default) {
        (Some(v), _) => Ok(v),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(value_error(msg)),
    }
}

fn small(v: u8) -> Option<Value> {
    (v != 255).then(|| crate::objects::int::from_i64(v as i64))
}

static DECIMAL: BuiltinObj = BuiltinObj::new("decimal", |a| {
    number(
        "decimal",
        a,
        |t, cp| small(t.record(cp).decimal),
        "not a decimal",
    )
});
static DIGIT: BuiltinObj = BuiltinObj::new("digit", |a| {
    number("digit", a, |t, cp| small(t.record(cp).digit), "not a digit")
});
static NUMERIC: BuiltinObj = BuiltinObj::new("numeric", |a| {
    number(
        "numeric",
        a,
        |t, cp| {
            let k = t.record(cp).numeric;
            (k != 255).then(|| crate::objects::float::new(t.numerics[k as usize]))
        },
        "not a numeric character",
    )
});

static NAME: BuiltinObj = BuiltinObj::new("name", |a| {
    let (cp, default) = char_default("name", &a)?;
    match (tables()?.name(cp), default) {
        (Some(n), _) => s(&n),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(value_error("no such name")),
    }
});

/// The longest name `lookup` considers (CPython's limit).
const NAME_MAXLEN: usize = 256;

static LOOKUP: BuiltinObj = BuiltinObj::new("lookup", |a| {
    let pos = a.positional_range("unicodedata.lookup", 1, 1)?;
    let v = crate::class::instance::unwrap(pos[0]);
    let name: String = if let Some(s) = crate::objects::str::try_str(v) {
        s.to_string()
    } else if v.kind() == crate::object::Kind::Bytes {
        String::from_utf8_lossy(crate::objects::bytes::bytes_data(v)).into_owned()
    } else if crate::objects::bytes::is_bytes_like(v) {
        return Err(type_error(format!(
            "lookup() argument must be read-only bytes-like object, not {}",
            crate::object::type_name(pos[0])
        )));
    } else {
        return Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            crate::object::type_name(pos[0])
        )));
    };
    if name.len() > NAME_MAXLEN {
        return Err(raise(&crate::exc::KEY_ERROR, "name too long"));
    }
    match tables()?.lookup(&name, true) {
        Some(cps) => s(&text_of(&cps)),
        None => Err(raise(
            &crate::exc::KEY_ERROR,
            format!("undefined character name '{name}'"),
        )),
    }
});

/// The form and text arguments of `normalize` and `is_normalized`.
fn form_and_text(fname: &str, args: &Args) -> R<(normalize::Form, Value, &'static str)> {
    args.no_kwargs(fname)?;
    crate::builtins::args::check_count(fname, args.pos.len(), 2, 2)?;
    let arg = |k: usize| -> R<&'static str> {
        crate::objects::str::try_str(crate::class::instance::unwrap(args.pos[k])).ok_or_else(|| {
            type_error(format!(
                "{fname}() argument {} must be str, not {}",
                k + 1,
                crate::objects::bytes::clinic_type_name(args.pos[k])
            ))
        })
    };
    let form = arg(0)?;
    let text = arg(1)?;
    let form = match normalize::Form::parse(form) {
        Some(f) => f,
        // CPython answers for an empty text before looking at the form.
        None if text.is_empty() => normalize::Form::Nfc,
        None => return Err(value_error("invalid normalization form")),
    };
    Ok((form, args.pos[1], text))
}

/// `text` in `form`, or None when it already is.
fn normalized(form: normalize::Form, text: &str) -> R<Option<String>> {
    if text.is_ascii() {
        return Ok(None);
    }
    let cps: Vec<u32> = text.chars().map(code_point).collect();
    let out = normalize::normalize(tables()?, form, &cps);
    Ok((out != cps).then(|| text_of(&out)))
}

static NORMALIZE: BuiltinObj = BuiltinObj::new("normalize", |a| {
    let (form, v, text) = form_and_text("normalize", &a)?;
    Ok(match normalized(form, text)? {
        Some(t) => crate::objects::str::from_string(t),
        None => v,
    })
});

static IS_NORMALIZED: BuiltinObj = BuiltinObj::new("is_normalized", |a| {
    let (form, _, text) = form_and_text("is_normalized", &a)?;
    Ok(crate::object::boolean(normalized(form, text)?.is_none()))
});

/// What `namereplace` writes for `chars`: `\N{NAME}`, or the backslash
/// escape of a character without a name; None when this program does not
/// link the data.
pub fn name_replace(chars: &[char]) -> Option<String> {
    Some((data::linked()?.name_replace)(chars))
}

/// `name_replace` once linked.
fn replace_with_names(chars: &[char]) -> String {
    let mut t = String::new();
    for &c in chars {
        match tables::TABLES.name(code_point(c)) {
            Some(name) => t.push_str(&format!("\\N{{{name}}}")),
            None => t.push_str(&crate::io::handlers::char_escape(c)),
        }
    }
    t
}

/// Defines the module's attributes, through what linking installed (the
/// compiler links the data into every program importing the module).
pub fn init(m: &mut ModuleBuilder) -> R<()> {
    let l = data::linked().ok_or_else(|| {
        raise(
            &crate::exc::NOT_IMPLEMENTED_ERROR,
            "not supported yet: unicodedata imported without its data",
        )
    })?;
    (l.init)(m)
}

/// Defines the module's attributes (reached only through `data::link`).
fn define(m: &mut ModuleBuilder) -> R<()> {
    for f in [
        &BIDIRECTIONAL,
        &CATEGORY,
        &COMBINING,
        &DECIMAL,
        &DECOMPOSITION,
        &DIGIT,
        &EAST_ASIAN_WIDTH,
        &IS_NORMALIZED,
        &LOOKUP,
        &MIRRORED,
        &NAME,
        &NORMALIZE,
        &NUMERIC,
    ] {
        m.func(f);
    }
    m.value("unidata_version", crate::objects::str::new("14.0.0"));
    Ok(())
}

#[cfg(test)]
mod tests;
