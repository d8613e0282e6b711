//! `_hashlib`, the native half of `hashlib` (`lib/hashlib.al`): the hash
//! object type `_hashlib.HASH` over the RustCrypto MD5, SHA-1 and SHA-2
//! implementations, its constructors (`openssl_md5`, ..., `new`), and
//! `pbkdf2_hmac`, with CPython 3.11's argument rules and messages.

use crate::exc::error::{overflow_error, raise, type_error, value_error, R};
use crate::object::{self, Header, Kind, Object, TypeObj, OBJECT_TYPE};
use crate::objects::bytes;
use crate::objects::func::BuiltinObj;
use crate::objects::int;
use crate::protocol::args::Args;
use crate::stdlib::{bind, ModuleBuilder};
use crate::value::Value;
use sha2::Digest;
use std::borrow::Cow;
use std::cell::{Cell, RefCell};

/// `_hashlib.HASH`: the type of OpenSSL's hash objects in CPython. Its
/// name carries the module, as CPython's `tp_name` does.
pub static HASH_TYPE: TypeObj =
    TypeObj::builtin("_hashlib.HASH", Some(&OBJECT_TYPE), Kind::Hash).with_attrs(&ATTRS);

/// The algorithms alc implements.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Alg {
    Md5,
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512,
    Sha3_224,
    Sha3_256,
    Sha3_384,
    Sha3_512,
    Shake128,
    Shake256,
    Blake2b,
    Blake2s,
}

impl Alg {
    /// Every algorithm, in the order of CPython's `hashlib.__all__`.
    pub const ALL: [Alg; 14] = [
        Alg::Md5,
        Alg::Sha1,
        Alg::Sha224,
        Alg::Sha256,
        Alg::Sha384,
        Alg::Sha512,
        Alg::Blake2b,
        Alg::Blake2s,
        Alg::Sha3_224,
        Alg::Sha3_256,
        Alg::Sha3_384,
        Alg::Sha3_512,
        Alg::Shake128,
        Alg::Shake256,
    ];

    /// The canonical name (`h.name`).
    pub fn name(self) -> &'static str {
        match self {
            Alg::Md5 => "md5",
            Alg::Sha1 => "sha1",
            Alg::Sha224 => "sha224",
            Alg::Sha256 => "sha256",
            Alg::Sha384 => "sha384",
            Alg::Sha512 => "sha512",
            Alg::Sha3_224 => "sha3_224",
            Alg::Sha3_256 => "sha3_256",
            Alg::Sha3_384 => "sha3_384",
            Alg::Sha3_512 => "sha3_512",
            Alg::Shake128 => "shake_128",
            Alg::Shake256 => "shake_256",
            Alg::Blake2b => "blake2b",
            Alg::Blake2s => "blake2s",
        }
    }

    /// Bytes of a digest (0 for the extendable-output SHAKEs, whose
    /// length each call chooses; the most for BLAKE2).
    pub fn digest_size(self) -> usize {
        match self {
            Alg::Md5 => 16,
            Alg::Sha1 => 20,
            Alg::Sha224 | Alg::Sha3_224 => 28,
            Alg::Sha256 | Alg::Sha3_256 | Alg::Blake2s => 32,
            Alg::Sha384 | Alg::Sha3_384 => 48,
            Alg::Sha512 | Alg::Sha3_512 | Alg::Blake2b => 64,
            Alg::Shake128 | Alg::Shake256 => 0,
        }
    }

    /// Bytes of a compression block (HMAC pads keys to it; a SHA-3's is
    /// its sponge's rate).
    pub fn block_size(self) -> usize {
        match self {
            Alg::Sha384 | Alg::Sha512 | Alg::Blake2b => 128,
            Alg::Sha3_224 => 144,
            Alg::Sha3_256 | Alg::Shake256 => 136,
            Alg::Sha3_384 => 104,
            Alg::Sha3_512 => 72,
            Alg::Shake128 => 168,
            _ => 64,
        }
    }

    /// True for the extendable-output functions (`_hashlib.HASHXOF`).
    pub fn is_xof(self) -> bool {
        matches!(self, Alg::Shake128 | Alg::Shake256)
    }

    /// The algorithm OpenSSL (and so CPython's `hashlib.new`) knows by
    /// `name`: CPython's own names exactly (`sha3_256`, `blake2b`), then
    /// the canonical names and OpenSSL's aliases for them, in any case,
    /// and their object identifiers.
    pub fn lookup(name: &str) -> Option<Alg> {
        if let Some(a) = Alg::ALL.into_iter().find(|a| a.name() == name) {
            return Some(a);
        }
        let lower = name.to_ascii_lowercase();
        Some(match lower.as_str() {
            "md5" | "ssl3-md5" | "1.2.840.113549.2.5" => Alg::Md5,
            "sha1" | "sha-1" | "ssl3-sha1" | "1.3.14.3.2.26" => Alg::Sha1,
            "sha224" | "sha-224" | "sha2-224" | "2.16.840.1.101.3.4.2.4" => Alg::Sha224,
            "sha256" | "sha-256" | "sha2-256" | "2.16.840.1.101.3.4.2.1" => Alg::Sha256,
            "sha384" | "sha-384" | "sha2-384" | "2.16.840.1.101.3.4.2.2" => Alg::Sha384,
            "sha512" | "sha-512" | "sha2-512" | "2.16.840.1.101.3.4.2.3" => Alg::Sha512,
            "sha3-224" | "2.16.840.1.101.3.4.2.7" => Alg::Sha3_224,
            "sha3-256" | "2.16.840.1.101.3.4.2.8" => Alg::Sha3_256,
            "sha3-384" | "2.16.840.1.101.3.4.2.9" => Alg::Sha3_384,
            "sha3-512" | "2.16.840.1.101.3.4.2.10" => Alg::Sha3_512,
            "shake128" | "shake-128" | "2.16.840.1.101.3.4.2.11" => Alg::Shake128,
            "shake256" | "shake-256" | "2.16.840.1.101.3.4.2.12" => Alg::Shake256,
            "blake2b512" | "blake2b-512" | "1.3.6.1.4.1.1722.12.2.1.16" => Alg::Blake2b,
            "blake2s256" | "blake2s-256" | "1.3.6.1.4.1.1722.12.2.2.8" => Alg::Blake2s,
            _ => return None,
        })
    }
}

/// A running hash computation of one algorithm.
#[derive(Clone)]
pub enum State {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
    Sha3_224(sha3::Sha3_224),
    Sha3_256(sha3::Sha3_256),
    Sha3_384(sha3::Sha3_384),
    Sha3_512(sha3::Sha3_512),
    Shake128(sha3::Shake128),
    Shake256(sha3::Shake256),
    /// BLAKE2b with its parameter block (digest size, key, salt, ...).
    Blake2b(blake2b_simd::State),
    /// BLAKE2s with its parameter block.
    Blake2s(blake2s_simd::State),
}

impl State {
    /// A fresh computation of `alg` (BLAKE2 with its default parameters).
    pub fn new(alg: Alg) -> State {
        match alg {
            Alg::Md5 => State::Md5(md5::Md5::new()),
            Alg::Sha1 => State::Sha1(sha1::Sha1::new()),
            Alg::Sha224 => State::Sha224(sha2::Sha224::new()),
            Alg::Sha256 => State::Sha256(sha2::Sha256::new()),
            Alg::Sha384 => State::Sha384(sha2::Sha384::new()),
            Alg::Sha512 => State::Sha512(sha2::Sha512::new()),
            Alg::Sha3_224 => State::Sha3_224(sha3::Sha3_224::new()),
            Alg::Sha3_256 => State::Sha3_256(sha3::Sha3_256::new()),
            Alg::Sha3_384 => State::Sha3_384(sha3::Sha3_384::new()),
            Alg::Sha3_512 => State::Sha3_512(sha3::Sha3_512::new()),
            Alg::Shake128 => State::Shake128(sha3::Shake128::default()),
            Alg::Shake256 => State::Shake256(sha3::Shake256::default()),
            Alg::Blake2b => State::Blake2b(blake2b_simd::State::new()),
            Alg::Blake2s => State::Blake2s(blake2s_simd::State::new()),
        }
    }

    /// Feeds `data`.
    pub fn update(&mut self, data: &[u8]) {
        use sha3::digest::Update;
        match self {
            State::Md5(h) => Digest::update(h, data),
            State::Sha1(h) => Digest::update(h, data),
            State::Sha224(h) => Digest::update(h, data),
            State::Sha256(h) => Digest::update(h, data),
            State::Sha384(h) => Digest::update(h, data),
            State::Sha512(h) => Digest::update(h, data),
            State::Sha3_224(h) => Digest::update(h, data),
            State::Sha3_256(h) => Digest::update(h, data),
            State::Sha3_384(h) => Digest::update(h, data),
            State::Sha3_512(h) => Digest::update(h, data),
            State::Shake128(h) => Update::update(h, data),
            State::Shake256(h) => Update::update(h, data),
            State::Blake2b(h) => {
                h.update(data);
            }
            State::Blake2s(h) => {
                h.update(data);
            }
        }
    }

    /// The digest of everything fed so far, consuming the computation
    /// (for a SHAKE, OpenSSL's default length: what `HASH.digest` of one
    /// returns; `finish_xof` takes any length).
    pub fn finish(self) -> Vec<u8> {
        match self {
            State::Md5(h) => h.finalize().to_vec(),
            State::Sha1(h) => h.finalize().to_vec(),
            State::Sha224(h) => h.finalize().to_vec(),
            State::Sha256(h) => h.finalize().to_vec(),
            State::Sha384(h) => h.finalize().to_vec(),
            State::Sha512(h) => h.finalize().to_vec(),
            State::Sha3_224(h) => h.finalize().to_vec(),
            State::Sha3_256(h) => h.finalize().to_vec(),
            State::Sha3_384(h) => h.finalize().to_vec(),
            State::Sha3_512(h) => h.finalize().to_vec(),
            State::Shake128(_) => self.finish_xof(16),
            State::Shake256(_) => self.finish_xof(32),
            State::Blake2b(h) => h.finalize().as_bytes().to_vec(),
            State::Blake2s(h) => h.finalize().as_bytes().to_vec(),
        }
    }

    /// The first `n` bytes of a SHAKE's output (the fixed digest of the
    /// other algorithms).
    pub fn finish_xof(self, n: usize) -> Vec<u8> {
        use sha3::digest::ExtendableOutput;
        let mut out = vec![0u8; n];
        match self {
            State::Shake128(h) => h.finalize_xof_into(&mut out),
            State::Shake256(h) => h.finalize_xof_into(&mut out),
            other => return other.finish(),
        }
        out
    }
}

/// The digest of `data` under `alg`.
pub fn digest_of(alg: Alg, data: &[u8]) -> Vec<u8> {
    let mut s = State::new(alg);
    s.update(data);
    s.finish()
}

/// A hash object: its algorithm, digest size and running state. The
/// objects of `_hashlib.HASH`, `_hashlib.HASHXOF` and `_blake2`'s types
/// all have this layout; the header's type tells them apart.
#[repr(C)]
pub struct HashObj {
    pub header: Header,
    pub alg: Cell<Alg>,
    /// Bytes of `digest()` (a BLAKE2 object's `digest_size` parameter).
    pub digest_size: usize,
    pub state: RefCell<State>,
}

// SAFETY: repr(C), Header first; every Kind::Hash object is a HashObj.
unsafe impl Object for HashObj {
    const KINDS: &'static [Kind] = &[Kind::Hash];

    fn trace(&self, _t: &mut crate::gc::Tracer) {}
}

/// A new hash object of type `ty`.
pub fn alloc_hash(ty: &'static TypeObj, alg: Alg, digest_size: usize, state: State) -> Value {
    Value::from_ref(crate::gc::alloc(HashObj {
        header: Header::new(ty),
        alg: Cell::new(alg),
        digest_size,
        state: RefCell::new(state),
    }))
}

/// A new `HASH` (or, for a SHAKE, `HASHXOF`) object.
fn new_hash(alg: Alg, state: State) -> Value {
    let ty = if alg.is_xof() {
        &HASHXOF_TYPE
    } else {
        &HASH_TYPE
    };
    alloc_hash(ty, alg, alg.digest_size(), state)
}

/// The hash object behind a method's receiver (the descriptor has
/// checked its type).
pub fn obj(v: Value) -> R<&'static HashObj> {
    v.downcast::<HashObj>()
        .ok_or_else(|| crate::exc::error::descriptor_type_error("_hashlib.HASH", v))
}

/// What the generic protocols do with hash objects (`repr`).
pub static HASH_HOOKS: super::hooks::KindHooks = super::hooks::KindHooks {
    repr: |v| Ok(repr(v)),
    hash: None,
    eq: None,
    getitem: None,
};

/// Installs `HASH_HOOKS` (`alc_rt_hashlib_link`).
pub fn link_hooks() {
    super::hooks::install_kind(Kind::Hash, &HASH_HOOKS);
}

/// `repr(h)`: `<md5 _hashlib.HASH object @ 0x...>` for OpenSSL's types,
/// `<_blake2.blake2b object at 0x...>` for the others, as CPython's.
pub fn repr(v: Value) -> String {
    let ty = object::type_of(v);
    if std::ptr::eq(ty, &HASH_TYPE) || std::ptr::eq(ty, &HASHXOF_TYPE) {
        let name = v.downcast::<HashObj>().map_or("?", |h| h.alg.get().name());
        return format!("<{name} {} object @ {:#x}>", ty.name, v.0);
    }
    format!("<{} object at {:#x}>", ty.name, v.0)
}

/// The bytes a hash object is fed from: any bytes-like value, with
/// CPython's TypeErrors for str and for other objects.
pub fn hash_data(v: Value) -> R<Cow<'static, [u8]>> {
    if v.kind() == Kind::Str {
        return Err(type_error("Strings must be encoded before hashing"));
    }
    if v.kind() == Kind::MemoryView {
        return crate::objects::bytes::memoryview::contents_c_contiguous(v).map(Cow::Owned);
    }
    bytes::data(v).ok_or_else(|| type_error("object supporting the buffer API required"))
}

/// `h.copy()`: a hash object of the same type in the same state.
pub fn copy(h: Value, args: Args, what: &str) -> R<Value> {
    args.positional_range(&format!("{what}.copy"), 0, 0)?;
    let o = obj(h)?;
    let st = o.state.borrow().clone();
    Ok(alloc_hash(
        object::type_of(h),
        o.alg.get(),
        o.digest_size,
        st,
    ))
}

/// `h.update(data)` (one positional argument).
pub fn update(h: Value, args: Args, what: &str) -> R<Value> {
    let v = args.positional_range(&format!("{what}.update"), 1, 1)?[0];
    let o = obj(h)?;
    let d = hash_data(v)?;
    o.state.borrow_mut().update(&d);
    Ok(object::none())
}

/// The digest of what `h` was fed so far (`h.digest()`).
pub fn digest_of_obj(h: Value, args: &Args, what: &str) -> R<Vec<u8>> {
    args.positional_range(&format!("{what}.digest"), 0, 0)?;
    let st = obj(h)?.state.borrow().clone();
    Ok(st.finish())
}

/// The hex form of a digest (`h.hexdigest()`).
pub fn hex_str(d: &[u8]) -> Value {
    crate::objects::str::from_string(bytes::format::hex_text(d, None, 1))
}

/// `hexdigest()`'s argument check, then the digest.
fn hexdigest_of_obj(h: Value, args: &Args, what: &str) -> R<Vec<u8>> {
    args.positional_range(&format!("{what}.hexdigest"), 0, 0)?;
    let st = obj(h)?.state.borrow().clone();
    Ok(st.finish())
}

/// `digest_size`
pub fn digest_size(h: Value) -> R<Value> {
    Ok(Value::from_small(obj(h)?.digest_size as i64))
}

/// `block_size`
pub fn block_size(h: Value) -> R<Value> {
    Ok(Value::from_small(obj(h)?.alg.get().block_size() as i64))
}

/// `name`
pub fn name(h: Value) -> R<Value> {
    Ok(crate::objects::str::new(obj(h)?.alg.get().name()))
}

crate::attr_table! {
    /// The attributes of `_hashlib.HASH`.
    pub static ATTRS for HASH_TYPE = [
        getset "block_size" => block_size;
        method "copy" => |h, args| copy(h, args, "HASH");
        method "digest" => |h, args| Ok(bytes::from_vec(digest_of_obj(h, &args, "HASH")?));
        getset "digest_size" => digest_size;
        method "hexdigest" => |h, args| Ok(hex_str(&hexdigest_of_obj(h, &args, "HASH")?));
        getset "name" => name;
        method "update" => |h, args| update(h, args, "HASH");
    ]
}

/// `_hashlib.HASHXOF`: the SHAKE objects, whose digests have the length
/// each call asks for.
pub static HASHXOF_TYPE: TypeObj =
    TypeObj::builtin("_hashlib.HASHXOF", Some(&HASH_TYPE), Kind::Hash).with_attrs(&XOF_ATTRS);

/// The output of `h.digest(length)` / `h.hexdigest(length)` of a SHAKE.
fn xof_output(h: Value, args: &Args, fname: &str) -> R<Vec<u8>> {
    let [length] = crate::builtins::args::bind_clinic(fname, args, ["length"], 0, 1)?;
    let length = length.unwrap_or(Value::NULL);
    let n = crate::protocol::num::int_arg(length)?;
    let n = int::as_i64(n)
        .ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))?;
    // CPython passes a negative length on: `digest` to the bytes
    // constructor, `hexdigest` to an allocation that fails.
    let n = usize::try_from(n).map_err(|_| {
        if fname == "digest" {
            raise(
                &crate::exc::SYSTEM_ERROR,
                "Negative size passed to PyBytes_FromStringAndSize",
            )
        } else {
            raise(&crate::exc::MEMORY_ERROR, "")
        }
    })?;
    if Vec::<u8>::new().try_reserve_exact(n).is_err() {
        return Err(raise(&crate::exc::MEMORY_ERROR, ""));
    }
    let st = obj(h)?.state.borrow().clone();
    Ok(st.finish_xof(n))
}

crate::attr_table! {
    /// The attributes of `_hashlib.HASHXOF`.
    pub static XOF_ATTRS for HASHXOF_TYPE = [
        method "digest" => |h, args| Ok(bytes::from_vec(xof_output(h, &args, "digest")?));
        getset "digest_size" => digest_size;
        method "hexdigest" => |h, args| Ok(hex_str(&xof_output(h, &args, "hexdigest")?));
    ]
}

// ---- constructors ---------------------------------------------------------------------

/// A new hash object of `alg` fed `data` (an optional argument).
fn make(alg: Alg, data: Option<Value>, usedforsecurity: Option<Value>) -> R<Value> {
    let mut st = State::new(alg);
    if let Some(d) = data {
        // CPython converts `string` first; None is not bytes-like either.
        st.update(&hash_data(d)?);
    }
    if let Some(u) = usedforsecurity {
        // Read as a C truth value (`p`), which can run `__bool__`.
        crate::protocol::dispatch::truthy(u)?;
    }
    Ok(new_hash(alg, st))
}

/// `openssl_<alg>(string=b'', *, usedforsecurity=True)`.
fn constructor(fname: &str, alg: Alg, args: Args) -> R<Value> {
    let [data, usedforsecurity] = bind(fname, &args, ["string", "usedforsecurity"], 0, 1, 0)?;
    make(alg, data, usedforsecurity)
}

/// Declares the `openssl_<alg>` constructors.
macro_rules! constructors {
    ($($id:ident $name:literal $alg:expr;)*) => {
        $(static $id: BuiltinObj = BuiltinObj::new($name, |a| constructor($name, $alg, a));)*
    };
}

constructors! {
    OPENSSL_MD5 "openssl_md5" Alg::Md5;
    OPENSSL_SHA1 "openssl_sha1" Alg::Sha1;
    OPENSSL_SHA224 "openssl_sha224" Alg::Sha224;
    OPENSSL_SHA256 "openssl_sha256" Alg::Sha256;
    OPENSSL_SHA384 "openssl_sha384" Alg::Sha384;
    OPENSSL_SHA512 "openssl_sha512" Alg::Sha512;
    OPENSSL_SHA3_224 "openssl_sha3_224" Alg::Sha3_224;
    OPENSSL_SHA3_256 "openssl_sha3_256" Alg::Sha3_256;
    OPENSSL_SHA3_384 "openssl_sha3_384" Alg::Sha3_384;
    OPENSSL_SHA3_512 "openssl_sha3_512" Alg::Sha3_512;
    OPENSSL_SHAKE_128 "openssl_shake_128" Alg::Shake128;
    OPENSSL_SHAKE_256 "openssl_shake_256" Alg::Shake256;
}

/// The algorithm named by `name`, a str argument; CPython's TypeError for
/// anything else (and for a name with a NUL, which its C string refuses).
fn alg_name(name: Value) -> R<Option<Alg>> {
    match crate::objects::str::try_str(name) {
        Some(s) if !s.contains('\0') => Ok(Alg::lookup(s)),
        _ => Err(type_error("name must be a string")),
    }
}

/// `_hashlib.new(name, string=b'', *, usedforsecurity=True)`. An unknown
/// name is OpenSSL's `UnsupportedDigestmodError`, which `hashlib.new`
/// turns into CPython's plain "unsupported hash type" ValueError.
static NEW: BuiltinObj = BuiltinObj::new("new", |args| {
    let [name, data, usedforsecurity] =
        bind("new", &args, ["name", "string", "usedforsecurity"], 0, 2, 1)?;
    let name = name.unwrap_or(Value::NULL);
    let alg = alg_name(name)?;
    // CPython reads the data before it looks the name up.
    let data_bytes = match data {
        Some(d) => Some(hash_data(d)?),
        None => None,
    };
    let alg = alg.ok_or_else(|| unsupported(DIGEST_UNSUPPORTED))?;
    let mut st = State::new(alg);
    if let Some(d) = data_bytes {
        st.update(&d);
    }
    if let Some(u) = usedforsecurity {
        crate::protocol::dispatch::truthy(u)?;
    }
    Ok(new_hash(alg, st))
});

// ---- pbkdf2_hmac ----------------------------------------------------------------------

/// HMAC of one algorithm with its key absorbed: the inner and outer
/// states after the padded key, cloned for each message.
struct Hmac {
    inner: State,
    outer: State,
}

impl Hmac {
    fn new(alg: Alg, key: &[u8]) -> Hmac {
        let block = alg.block_size();
        let mut k = if key.len() > block {
            digest_of(alg, key)
        } else {
            key.to_vec()
        };
        k.resize(block, 0);
        let mut inner = State::new(alg);
        inner.update(&k.iter().map(|b| b ^ 0x36).collect::<Vec<u8>>());
        let mut outer = State::new(alg);
        outer.update(&k.iter().map(|b| b ^ 0x5c).collect::<Vec<u8>>());
        Hmac { inner, outer }
    }

    fn mac(&self, parts: &[&[u8]]) -> Vec<u8> {
        let mut i = self.inner.clone();
        for p in parts {
            i.update(p);
        }
        let mut o = self.outer.clone();
        o.update(&i.finish());
        o.finish()
    }
}

/// PBKDF2 (RFC 8018) with HMAC-`alg`: `dklen` bytes.
pub fn pbkdf2(alg: Alg, password: &[u8], salt: &[u8], iterations: u64, dklen: usize) -> Vec<u8> {
    let mac = Hmac::new(alg, password);
    let mut out = Vec::with_capacity(dklen);
    let mut block: u32 = 1;
    while out.len() < dklen {
        let mut u = mac.mac(&[salt, &block.to_be_bytes()]);
        let mut t = u.clone();
        for _ in 1..iterations {
            u = mac.mac(&[&u]);
            for (a, b) in t.iter_mut().zip(&u) {
                *a ^= b;
            }
        }
        let take = (dklen - out.len()).min(t.len());
        out.extend_from_slice(&t[..take]);
        block = block.wrapping_add(1);
    }
    out
}

/// A C `long` argument (`__index__`), with CPython's OverflowError.
fn c_long(v: Value) -> R<i64> {
    let i = crate::protocol::num::int_arg(v)?;
    int::as_i64(i).ok_or_else(|| overflow_error("Python int too large to convert to C long"))
}

/// `pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)`.
static PBKDF2_HMAC: BuiltinObj = BuiltinObj::new("pbkdf2_hmac", |args| {
    let [name, password, salt, iterations, dklen] = crate::builtins::args::bind_clinic(
        "pbkdf2_hmac",
        &args,
        ["hash_name", "password", "salt", "iterations", "dklen"],
        0,
        4,
    )?;
    let (name, password, salt, iterations) = match (name, password, salt, iterations) {
        (Some(n), Some(p), Some(s), Some(i)) => (n, p, s, i),
        _ => return Err(type_error("pbkdf2_hmac() missing required argument")),
    };
    let Some(name) = crate::objects::str::try_str(name) else {
        return Err(type_error(format!(
            "pbkdf2_hmac() argument 'hash_name' must be str, not {}",
            bytes::clinic_type_name(name)
        )));
    };
    let password = bytes::buffer_arg(password)?;
    let salt = bytes::buffer_arg(salt)?;
    let iterations = c_long(iterations)?;
    let dklen = match crate::builtins::args::opt(dklen) {
        Some(d) => Some(c_long(d)?),
        None => None,
    };
    let Some(alg) = Alg::lookup(name) else {
        return Err(unsupported(DIGEST_UNSUPPORTED));
    };
    if alg.is_xof() {
        // OpenSSL's HMAC takes no extendable-output function.
        return Err(value_error("no reason supplied"));
    }
    if iterations < 1 {
        return Err(value_error("iteration value must be greater than 0."));
    }
    if iterations > i32::MAX as i64 {
        return Err(overflow_error("iteration value is too great."));
    }
    let dklen = match dklen {
        None => alg.digest_size() as i64,
        Some(d) if d < 1 => return Err(value_error("key length must be greater than 0.")),
        Some(d) if d > i32::MAX as i64 => return Err(overflow_error("key length is too great.")),
        Some(d) => d,
    };
    let dklen = dklen as usize;
    if Vec::<u8>::new().try_reserve_exact(dklen).is_err() {
        return Err(raise(&crate::exc::MEMORY_ERROR, ""));
    }
    Ok(bytes::from_vec(pbkdf2(
        alg,
        &password,
        &salt,
        iterations as u64,
        dklen,
    )))
});

/// OpenSSL's message for a digest it does not know.
const DIGEST_UNSUPPORTED: &str = "[digital envelope routines] unsupported";

// ---- the module -----------------------------------------------------------------------

thread_local! {
    /// `_hashlib.UnsupportedDigestmodError`, created on first use. Classes
    /// are never freed (`crate::class`), so holding it here is safe.
    static UNSUPPORTED: Cell<Value> = const { Cell::new(Value::NULL) };
}

/// `_hashlib.UnsupportedDigestmodError`, a ValueError subclass made as a
/// class statement in module `_hashlib` would make it.
fn unsupported_class() -> R<Value> {
    let u = UNSUPPORTED.with(|u| u.get());
    if !u.is_null() {
        return Ok(u);
    }
    let t = crate::stdlib::exception_class(
        "_hashlib",
        "UnsupportedDigestmodError",
        &crate::exc::VALUE_ERROR,
    )?;
    UNSUPPORTED.with(|u| u.set(t));
    Ok(t)
}

/// Raises `UnsupportedDigestmodError(msg)`.
fn unsupported(msg: &str) -> crate::exc::error::Pending {
    match unsupported_class() {
        Ok(t) => {
            crate::exc::error::set_pending(crate::exc::with_message(t.as_ref::<TypeObj>(), msg))
        }
        Err(e) => e,
    }
}

/// Defines `_hashlib`'s attributes.
pub fn init(m: &mut ModuleBuilder) -> R<()> {
    m.value("HASH", HASH_TYPE.value());
    m.value("HASHXOF", HASHXOF_TYPE.value());
    m.value("UnsupportedDigestmodError", unsupported_class()?);
    m.func(&NEW);
    m.func(&OPENSSL_MD5);
    m.func(&OPENSSL_SHA1);
    m.func(&OPENSSL_SHA224);
    m.func(&OPENSSL_SHA256);
    m.func(&OPENSSL_SHA384);
    m.func(&OPENSSL_SHA512);
    m.func(&OPENSSL_SHA3_224);
    m.func(&OPENSSL_SHA3_256);
    m.func(&OPENSSL_SHA3_384);
    m.func(&OPENSSL_SHA3_512);
    m.func(&OPENSSL_SHAKE_128);
    m.func(&OPENSSL_SHAKE_256);
    m.func(&PBKDF2_HMAC);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(d: &[u8]) -> String {
        bytes::format::hex_text(d, None, 1)
    }

    #[test]
    fn known_digests() {
        assert_eq!(
            hex(&digest_of(Alg::Md5, b"abc")),
            "900150983cd24fb0d6963f7d28e17f72"
        );
        assert_eq!(
            hex(&digest_of(Alg::Sha1, b"abc")),
            "a9993e364706816aba3e25717850c26c9cd0d89d"
        );
        assert_eq!(
            hex(&digest_of(Alg::Sha256, b"")),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        // python3 -c 'import hashlib; print(hashlib.sha3_256(b"abc").hexdigest())'
        assert_eq!(
            hex(&digest_of(Alg::Sha3_256, b"abc")),
            "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532"
        );
        // python3 -c 'import hashlib; print(hashlib.shake_128(b"abc").hexdigest(10))'
        let mut s = State::new(Alg::Shake128);
        s.update(b"abc");
        assert_eq!(hex(&s.finish_xof(10)), "5881092dd818bf5cf8a3");
        for a in Alg::ALL {
            assert_eq!(Alg::lookup(a.name()), Some(a));
            if a.is_xof() {
                continue;
            }
            assert_eq!(digest_of(a, b"x").len(), a.digest_size());
        }
        // OpenSSL's names are case-insensitive; CPython's own are exact.
        assert_eq!(Alg::lookup("SHA256"), Some(Alg::Sha256));
        assert_eq!(Alg::lookup("SHA3-256"), Some(Alg::Sha3_256));
        assert_eq!(Alg::lookup("SHA3_256"), None);
        assert_eq!(Alg::lookup("BLAKE2B"), None);
    }

    /// RFC 6070's PBKDF2-HMAC-SHA1 vectors.
    #[test]
    fn pbkdf2_vectors() {
        assert_eq!(
            hex(&pbkdf2(Alg::Sha1, b"password", b"salt", 1, 20)),
            "0c60c80f961f0e71f3a9b524af6012062fe037a6"
        );
        assert_eq!(
            hex(&pbkdf2(Alg::Sha1, b"password", b"salt", 4096, 20)),
            "4b007901b765489abead49d926f721d065a429c1"
        );
        assert_eq!(
            hex(&pbkdf2(
                Alg::Sha1,
                b"passwordPASSWORDpassword",
                b"saltSALTsaltSALTsaltSALTsaltSALTsalt",
                4096,
                25
            )),
            "3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038"
        );
    }
}
