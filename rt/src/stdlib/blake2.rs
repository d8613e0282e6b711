//! `_blake2`: the BLAKE2b and BLAKE2s hash types of `hashlib`
//! (`_blake2.blake2b`, `_blake2.blake2s`) with every field of BLAKE2's
//! parameter block (digest size, key, salt, personalisation and the tree
//! hashing fields), over the `blake2b_simd`/`blake2s_simd` crates, with
//! CPython 3.11's argument rules and messages. Their objects share the
//! layout of `_hashlib`'s (`HashObj`, `Kind::Hash`).

use crate::exc::error::{overflow_error, type_error, value_error, R};
use crate::object::{self, Kind, TypeObj, OBJECT_TYPE};
use crate::objects::bytes;
use crate::objects::int;
use crate::protocol::args::Args;
use crate::stdlib::hashlib::{self as h, Alg, State};
use crate::stdlib::{bind, ModuleBuilder};
use crate::value::Value;

/// `_blake2.blake2b`
pub static BLAKE2B_TYPE: TypeObj =
    TypeObj::builtin("_blake2.blake2b", Some(&OBJECT_TYPE), Kind::Hash).with_attrs(&B_ATTRS);

/// `_blake2.blake2s`
pub static BLAKE2S_TYPE: TypeObj =
    TypeObj::builtin("_blake2.blake2s", Some(&OBJECT_TYPE), Kind::Hash).with_attrs(&S_ATTRS);

/// The limits of one of the two variants.
struct Variant {
    alg: Alg,
    name: &'static str,
    /// Bytes of the largest digest and key.
    max_size: usize,
    /// Bytes of the salt and of the personalisation.
    salt_size: usize,
    /// The largest node offset the parameter block holds.
    max_node_offset: u64,
}

const B: Variant = Variant {
    alg: Alg::Blake2b,
    name: "blake2b",
    max_size: 64,
    salt_size: 16,
    max_node_offset: u64::MAX,
};

const S: Variant = Variant {
    alg: Alg::Blake2s,
    name: "blake2s",
    max_size: 32,
    salt_size: 8,
    max_node_offset: (1 << 48) - 1,
};

/// Installs the types' constructors and the hash objects' `repr`
/// (`alc_rt_blake2_link`).
pub fn link_hooks() {
    super::hooks::install_kind(Kind::Hash, &super::hashlib::HASH_HOOKS);
    super::hooks::install_constructor(&BLAKE2B_TYPE, construct);
    super::hooks::install_constructor(&BLAKE2S_TYPE, construct);
}

/// A C `int` argument (`__index__`), with CPython's OverflowError.
fn c_int(v: Value) -> R<i64> {
    let i = crate::protocol::num::int_arg(v)?;
    int::as_i64(i)
        .filter(|n| i32::try_from(*n).is_ok())
        .ok_or_else(|| overflow_error("Python int too large to convert to C int"))
}

/// `leaf_size` and `node_offset`: an int (no `__index__`), not negative,
/// that fits 64 bits; `overflow` is CPython's message when it does not.
fn unsigned(v: Value, overflow: &str) -> R<u64> {
    if !object::isinstance(v, &object::INT_TYPE) {
        return Err(type_error("an integer is required"));
    }
    let i = crate::class::instance::unwrap(v);
    if int::is_negative(i) {
        return Err(value_error("value must be positive"));
    }
    u64::try_from(&int::to_ibig(i)).map_err(|_| overflow_error(overflow))
}

/// The parameters, converted in CPython's order.
struct Params {
    digest_size: i64,
    key: Vec<u8>,
    salt: Vec<u8>,
    person: Vec<u8>,
    fanout: i64,
    depth: i64,
    leaf_size: u64,
    node_offset: u64,
    node_depth: i64,
    inner_size: i64,
    last_node: bool,
}

/// Converts the keyword arguments (the values of `kw`, absent ones
/// their defaults) as Argument Clinic does, in parameter order.
fn convert(v: &Variant, kw: &[Option<Value>]) -> R<Params> {
    let int_or = |o: Option<Value>, d: i64| o.map_or(Ok(d), c_int);
    let buf = |o: Option<Value>| -> R<Vec<u8>> {
        o.map_or(Ok(Vec::new()), |b| Ok(bytes::buffer_arg(b)?.into_owned()))
    };
    let digest_size = int_or(kw[0], v.max_size as i64)?;
    let key = buf(kw[1])?;
    let salt = buf(kw[2])?;
    let person = buf(kw[3])?;
    let fanout = int_or(kw[4], 1)?;
    let depth = int_or(kw[5], 1)?;
    let leaf_size = kw[6].map_or(Ok(0), |x| {
        unsigned(x, "Python int too large to convert to C unsigned long")
    })?;
    let node_offset = kw[7].map_or(Ok(0), |x| unsigned(x, "int too big to convert"))?;
    let node_depth = int_or(kw[8], 0)?;
    let inner_size = int_or(kw[9], 0)?;
    let last_node = match kw[10] {
        Some(x) => crate::protocol::dispatch::truthy(x)?,
        None => false,
    };
    if let Some(u) = kw[11] {
        crate::protocol::dispatch::truthy(u)?;
    }
    Ok(Params {
        digest_size,
        key,
        salt,
        person,
        fanout,
        depth,
        leaf_size,
        node_offset,
        node_depth,
        inner_size,
        last_node,
    })
}

/// CPython's range checks, in its order.
fn check(v: &Variant, p: &Params) -> R<()> {
    let max = v.max_size as i64;
    if !(1..=max).contains(&p.digest_size) {
        return Err(value_error(format!(
            "digest_size must be between 1 and {max} bytes"
        )));
    }
    if p.salt.len() > v.salt_size {
        return Err(value_error(format!(
            "maximum salt length is {} bytes",
            v.salt_size
        )));
    }
    if p.person.len() > v.salt_size {
        return Err(value_error(format!(
            "maximum person length is {} bytes",
            v.salt_size
        )));
    }
    if !(0..=255).contains(&p.fanout) {
        return Err(value_error("fanout must be between 0 and 255"));
    }
    if !(1..=255).contains(&p.depth) {
        return Err(value_error("depth must be between 1 and 255"));
    }
    if p.leaf_size > u32::MAX as u64 {
        return Err(overflow_error("leaf_size is too large"));
    }
    if p.node_offset > v.max_node_offset {
        return Err(overflow_error("node_offset is too large"));
    }
    if !(0..=255).contains(&p.node_depth) {
        return Err(value_error("node_depth must be between 0 and 255"));
    }
    if !(0..=max).contains(&p.inner_size) {
        return Err(value_error(format!(
            "inner_size must be between 0 and is {max}"
        )));
    }
    if p.key.len() > v.max_size {
        return Err(value_error(format!("maximum key length is {max} bytes")));
    }
    Ok(())
}

/// The initial state for checked parameters.
fn state(v: &Variant, p: &Params) -> State {
    // `check` bounded every field, so the narrowing casts are exact.
    macro_rules! build {
        ($krate:ident, $variant:ident) => {{
            let mut b = $krate::Params::new();
            b.hash_length(p.digest_size as usize)
                .key(&p.key)
                .salt(&p.salt)
                .personal(&p.person)
                .fanout(p.fanout as u8)
                .max_depth(p.depth as u8)
                .max_leaf_length(p.leaf_size as u32)
                .node_offset(p.node_offset)
                .node_depth(p.node_depth as u8)
                .inner_hash_length(p.inner_size as usize)
                .last_node(p.last_node);
            State::$variant(b.to_state())
        }};
    }
    match v.alg {
        Alg::Blake2s => build!(blake2s_simd, Blake2s),
        _ => build!(blake2b_simd, Blake2b),
    }
}

/// `blake2b(data=b'', /, *, digest_size=64, key=b'', salt=b'',
/// person=b'', fanout=1, depth=1, leaf_size=0, node_offset=0,
/// node_depth=0, inner_size=0, last_node=False, usedforsecurity=True)`,
/// and `blake2s` with its smaller limits.
pub fn construct(t: &'static TypeObj, args: Args) -> R<Value> {
    let v = if std::ptr::eq(t, &BLAKE2S_TYPE) {
        &S
    } else {
        &B
    };
    let all = bind(
        v.name,
        &args,
        [
            "data",
            "digest_size",
            "key",
            "salt",
            "person",
            "fanout",
            "depth",
            "leaf_size",
            "node_offset",
            "node_depth",
            "inner_size",
            "last_node",
            "usedforsecurity",
        ],
        1,
        1,
        0,
    )?;
    let p = convert(v, &all[1..])?;
    check(v, &p)?;
    let mut st = state(v, &p);
    if let Some(d) = all[0] {
        st.update(&h::hash_data(d)?);
    }
    Ok(h::alloc_hash(t, v.alg, p.digest_size as usize, st))
}

/// Declares the attribute table of one BLAKE2 type.
macro_rules! blake2_attrs {
    ($id:ident, $ty:ident, $v:ident, $what:literal) => {
        crate::attr_table! {
            /// The attributes of a BLAKE2 type.
            pub static $id for $ty = [
                constant "MAX_DIGEST_SIZE" => || Value::from_small($v.max_size as i64);
                constant "MAX_KEY_SIZE" => || Value::from_small($v.max_size as i64);
                constant "PERSON_SIZE" => || Value::from_small($v.salt_size as i64);
                constant "SALT_SIZE" => || Value::from_small($v.salt_size as i64);
                new "__new__" => crate::types::slots::new;
                getset "block_size" => h::block_size;
                method "copy" => |o, args| h::copy(o, args, $what);
                method "digest" => |o, args| {
                    Ok(bytes::from_vec(h::digest_of_obj(o, &args, $what)?))
                };
                getset "digest_size" => h::digest_size;
                method "hexdigest" => |o, args| {
                    args.positional_range(concat!($what, ".hexdigest"), 0, 0)?;
                    let st = h::obj(o)?.state.borrow().clone();
                    Ok(h::hex_str(&st.finish()))
                };
                getset "name" => h::name;
                method "update" => |o, args| h::update(o, args, $what);
            ]
        }
    };
}

blake2_attrs!(B_ATTRS, BLAKE2B_TYPE, B, "blake2b");
blake2_attrs!(S_ATTRS, BLAKE2S_TYPE, S, "blake2s");

/// Defines `_blake2`'s attributes.
pub fn init(m: &mut ModuleBuilder) -> R<()> {
    let n = |x: usize| Value::from_small(x as i64);
    m.value("BLAKE2B_MAX_DIGEST_SIZE", n(B.max_size));
    m.value("BLAKE2B_MAX_KEY_SIZE", n(B.max_size));
    m.value("BLAKE2B_PERSON_SIZE", n(B.salt_size));
    m.value("BLAKE2B_SALT_SIZE", n(B.salt_size));
    m.value("BLAKE2S_MAX_DIGEST_SIZE", n(S.max_size));
    m.value("BLAKE2S_MAX_KEY_SIZE", n(S.max_size));
    m.value("BLAKE2S_PERSON_SIZE", n(S.salt_size));
    m.value("BLAKE2S_SALT_SIZE", n(S.salt_size));
    m.value("blake2b", BLAKE2B_TYPE.value());
    m.value("blake2s", BLAKE2S_TYPE.value());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(digest_size: i64) -> Params {
        Params {
            digest_size,
            key: Vec::new(),
            salt: Vec::new(),
            person: Vec::new(),
            fanout: 1,
            depth: 1,
            leaf_size: 0,
            node_offset: 0,
            node_depth: 0,
            inner_size: 0,
            last_node: false,
        }
    }

    /// RFC 7693's test vectors for "abc".
    #[test]
    fn rfc_vectors() {
        let mut b = state(&B, &params(64));
        b.update(b"abc");
        assert_eq!(
            bytes::format::hex_text(&b.finish(), None, 1),
            "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1\
             7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923"
        );
        let mut s = state(&S, &params(32));
        s.update(b"abc");
        assert_eq!(
            bytes::format::hex_text(&s.finish(), None, 1),
            "508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982"
        );
    }
}
