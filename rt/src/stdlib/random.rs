//! `_random`, the native half of `random`: the type `_random.Random`, a
//! Mersenne Twister (MT19937) with CPython 3.11's seeding, `random()`,
//! `getrandbits()` and state tuples, so seeded sequences are CPython's; and
//! `urandom_bits`, the operating system's randomness for `SystemRandom`.

use crate::exc::error::{overflow_error, raise, type_error, value_error, R};
use crate::object::{self, Header, Kind, Object, TypeObj, OBJECT_TYPE};
use crate::objects::func::BuiltinObj;
use crate::objects::int;
use crate::protocol::args::Args;
use crate::protocol::num;
use crate::stdlib::ModuleBuilder;
use crate::value::Value;
use dashu_int::ops::UnsignedAbs;
use dashu_int::{IBig, UBig};
use std::cell::RefCell;

/// `_random.Random`: the generator type `random.Random` derives from.
/// Its name carries the module, as CPython's `tp_name` does (`__name__`
/// is the part after the dot).
pub static RANDOM_TYPE: TypeObj =
    TypeObj::builtin("_random.Random", Some(&OBJECT_TYPE), Kind::Random).with_attrs(&ATTRS);

/// Words of MT19937 state.
const N: usize = 624;
/// The twist's middle offset.
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// MT19937's state: 624 words and the index of the next word to temper
/// (`N` when the next draw twists the whole state first).
#[derive(Clone)]
pub struct Mt {
    mt: [u32; N],
    index: usize,
}

impl Mt {
    /// The all-zero state a generator has before it is seeded (what
    /// CPython's `_random.Random.__new__` leaves: every draw gives 0).
    pub const fn zeroed() -> Mt {
        Mt {
            mt: [0; N],
            index: 0,
        }
    }

    fn init_genrand(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            let prev = self.mt[i - 1];
            self.mt[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// Seeds from `key` (at least one word), as `init_by_array` of the
    /// reference implementation, which CPython uses for every seed.
    pub fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key.get(j).copied().unwrap_or(0))
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
        }
        self.mt[0] = UPPER_MASK;
    }

    fn twist(&mut self) {
        let mt = &mut self.mt;
        let mix = |a: u32, b: u32, c: u32| {
            let y = (a & UPPER_MASK) | (b & LOWER_MASK);
            c ^ (y >> 1) ^ if y & 1 == 0 { 0 } else { MATRIX_A }
        };
        for k in 0..N - M {
            mt[k] = mix(mt[k], mt[k + 1], mt[k + M]);
        }
        for k in N - M..N - 1 {
            mt[k] = mix(mt[k], mt[k + 1], mt[k + M - N]);
        }
        mt[N - 1] = mix(mt[N - 1], mt[0], mt[M - 1]);
        self.index = 0;
    }

    /// The next 32-bit output.
    #[inline]
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `random()`: a float in [0, 1) from 27 + 26 bits of two outputs.
    #[inline]
    pub fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `k` random bits as little-endian 32-bit words, the first output the
    /// lowest word and the last one cut to the bits left, as CPython
    /// builds `getrandbits(k)`.
    pub fn bits(&mut self, k: usize) -> Vec<u32> {
        let mut words = Vec::with_capacity(k.div_ceil(32));
        let mut left = k;
        while left > 0 {
            let r = self.next_u32();
            words.push(if left < 32 { r >> (32 - left) } else { r });
            left = left.saturating_sub(32);
        }
        words
    }

    /// The 624 words and the index (CPython's internal state tuple).
    pub fn state(&self) -> ([u32; N], usize) {
        (self.mt, self.index)
    }

    /// Restores a state from `state()`; `index` must be at most `N`.
    pub fn set_state(&mut self, mt: [u32; N], index: usize) {
        self.mt = mt;
        self.index = index.min(N);
    }
}

/// An instance of `_random.Random` (or the core of a `random.Random`
/// instance, which wraps one as its payload).
#[repr(C)]
pub struct RandomObj {
    pub header: Header,
    pub mt: RefCell<Mt>,
}

// SAFETY: repr(C), Header first; every Kind::Random object is a RandomObj.
unsafe impl Object for RandomObj {
    const KINDS: &'static [Kind] = &[Kind::Random];

    fn trace(&self, _t: &mut crate::gc::Tracer) {}
}

/// A new, unseeded generator (all-zero state).
pub fn new_unseeded() -> Value {
    Value::from_ref(crate::gc::alloc(RandomObj {
        header: Header::new(&RANDOM_TYPE),
        mt: RefCell::new(Mt::zeroed()),
    }))
}

/// The generator behind `v`: a `_random.Random` or an instance of a
/// class deriving from it.
fn core(v: Value) -> Option<&'static RandomObj> {
    crate::class::instance::unwrap(v).downcast::<RandomObj>()
}

/// `_random.Random(x=None)`.
pub fn construct(args: Args) -> R<Value> {
    let g = new_unseeded();
    init(g, args, true)?;
    Ok(g)
}

/// `_random.Random.__init__`: seeds `g` from its one optional argument.
/// Keywords are refused only when the class has not replaced `__init__`
/// (`check_kwargs`), as CPython checks them.
pub fn init(g: Value, args: Args, check_kwargs: bool) -> R<()> {
    if check_kwargs && !args.kwnames.is_empty() {
        return Err(type_error("Random() takes no keyword arguments"));
    }
    if args.pos.len() > 1 {
        return Err(type_error("Random() requires 0 or 1 argument"));
    }
    seed(g, args.pos.first().copied())
}

/// `_random.Random.__new__`'s check: keyword arguments are refused when
/// the class keeps `_random.Random`'s own `__init__` (`!overrides_init`).
pub fn refuses_kwargs(args: &Args, overrides_init: bool) -> R<()> {
    if !overrides_init && !args.kwnames.is_empty() {
        return Err(type_error("Random() takes no keyword arguments"));
    }
    Ok(())
}

// ---- seeding ----------------------------------------------------------------------------

/// The words of `|n|`, least significant first; `[0]` for zero.
fn magnitude_words(n: &UBig) -> Vec<u32> {
    let bytes = n.to_le_bytes();
    let mut words: Vec<u32> = bytes
        .chunks(4)
        .map(|c| {
            let mut w = [0u8; 4];
            w[..c.len()].copy_from_slice(c);
            u32::from_le_bytes(w)
        })
        .collect();
    while words.len() > 1 && words.last() == Some(&0) {
        words.pop();
    }
    if words.is_empty() {
        words.push(0);
    }
    words
}

/// The int value of an `int` or of an instance of a subclass of it
/// (never through `__index__`, as CPython's `PyLong_Check` paths).
fn exact_int(v: Value) -> Option<Value> {
    if v.is_small() {
        return Some(v);
    }
    let p = crate::class::instance::unwrap(v);
    match p.kind() {
        Kind::Int | Kind::Bool => Some(num::to_int(p)),
        _ => None,
    }
}

/// `seed(arg)`: None seeds from the operating system; an int by the
/// words of its absolute value; anything else by its hash, taken as an
/// unsigned 64-bit number.
pub fn seed(g: Value, arg: Option<Value>) -> R<()> {
    let key = match arg {
        None => None,
        Some(a) if object::is_none(a) => None,
        Some(a) => match exact_int(a) {
            Some(i) => Some(magnitude_words(&int::to_ibig(i).unsigned_abs())),
            None => {
                let h = crate::protocol::dispatch::hash(a)? as u64;
                Some(magnitude_words(&UBig::from(h)))
            }
        },
    };
    let key = key.unwrap_or_else(os_seed_key);
    if let Some(c) = core(g) {
        c.mt.borrow_mut().init_by_array(&key);
    }
    Ok(())
}

/// 624 words from the operating system, or, when it has none to give,
/// words from the time, the process id and an address (as CPython falls
/// back to the time and pid).
fn os_seed_key() -> Vec<u32> {
    let mut bytes = vec![0u8; N * 4];
    if os_random(&mut bytes).is_ok() {
        return bytes
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let here = &bytes as *const Vec<u8> as usize as u64;
    vec![
        now as u32,
        (now >> 32) as u32,
        (now >> 64) as u32,
        std::process::id(),
        here as u32,
        (here >> 32) as u32,
    ]
}

/// Fills `buf` from the operating system's random source.
fn os_random(buf: &mut [u8]) -> std::io::Result<()> {
    use std::io::Read;
    std::fs::File::open("/dev/urandom")?.read_exact(buf)
}

// ---- the methods ------------------------------------------------------------------------

crate::attr_table! {
    /// The attributes of `_random.Random`.
    pub static ATTRS for RANDOM_TYPE = [
        slot "__getattribute__" => crate::types::slots::getattribute;
        slot "__init__" => crate::types::slots::init;
        new "__new__" => crate::types::slots::new;
        method "getrandbits" => |g, args| {
            let k = args.positional_range("Random.getrandbits", 1, 1)?[0];
            let k = c_int(k)?;
            if k < 0 {
                return Err(value_error("number of bits must be non-negative"));
            }
            Ok(getrandbits(the_core(g)?, k as usize))
        };
        method "getstate" => |g, args| {
            args.positional_range("Random.getstate", 0, 0)?;
            Ok(getstate(the_core(g)?))
        };
        method "random" => |g, args| {
            args.positional_range("Random.random", 0, 0)?;
            let x = the_core(g)?.mt.borrow_mut().random();
            Ok(crate::objects::float::new(x))
        };
        method "seed" => |g, args| {
            args.no_kwargs("Random.seed")?;
            let pos = args.positional_range("seed", 0, 1)?;
            seed(g, pos.first().copied())?;
            Ok(object::none())
        };
        method "setstate" => |g, args| {
            let st = args.positional_range("Random.setstate", 1, 1)?[0];
            setstate(the_core(g)?, st)?;
            Ok(object::none())
        };
    ]
}

/// The generator state of a `_random.Random` value.
fn the_core(g: Value) -> R<&'static RandomObj> {
    core(g).ok_or_else(|| crate::exc::error::descriptor_type_error("_random.Random", g))
}

/// An argument CPython converts to a C `int` (through `__index__`).
fn c_int(v: Value) -> R<i32> {
    let i = num::int_arg(v)?;
    int::as_i64(i)
        .and_then(|x| i32::try_from(x).ok())
        .ok_or_else(|| overflow_error("Python int too large to convert to C int"))
}

/// `getrandbits(k)` for `k >= 0`.
fn getrandbits(c: &RandomObj, k: usize) -> Value {
    let mut mt = c.mt.borrow_mut();
    if k <= 32 {
        return if k == 0 {
            Value::from_small(0)
        } else {
            Value::from_small((mt.next_u32() >> (32 - k)) as i64)
        };
    }
    let words = mt.bits(k);
    drop(mt);
    if k <= 64 {
        let hi = words.get(1).copied().unwrap_or(0) as u64;
        let x = (hi << 32) | words[0] as u64;
        return int::from_i128(x as i128);
    }
    let bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
    int::from_ibig(IBig::from(UBig::from_le_bytes(&bytes)))
}

/// `getstate()`: the 624 words and the index, as a tuple of 625 ints.
fn getstate(c: &RandomObj) -> Value {
    let (mt, index) = c.mt.borrow().state();
    let mut items: Vec<Value> = mt.iter().map(|&w| Value::from_small(w as i64)).collect();
    items.push(Value::from_small(index as i64));
    crate::objects::tuple::from_vec(items)
}

/// `setstate(state)`: a tuple of 624 ints (each cut to 32 bits) and an
/// index in 0..=624, with CPython's errors.
fn setstate(c: &RandomObj, st: Value) -> R<()> {
    if st.is_small() || st.kind() != Kind::Tuple {
        return Err(type_error("state vector must be a tuple"));
    }
    let items = crate::objects::tuple::items(st);
    if items.len() != N + 1 {
        return Err(value_error("state vector is the wrong size"));
    }
    let mut mt = [0u32; N];
    for (w, &v) in mt.iter_mut().zip(items) {
        *w = unsigned_long(v)? as u32;
    }
    let index = num::int_arg(items[N])?;
    let index = int::as_i64(index)
        .ok_or_else(|| overflow_error("Python int too large to convert to C long"))?;
    if !(0..=N as i64).contains(&index) {
        return Err(value_error("invalid state"));
    }
    c.mt.borrow_mut().set_state(mt, index as usize);
    Ok(())
}

/// An element of a state vector as CPython's `PyLong_AsUnsignedLong` reads it.
fn unsigned_long(v: Value) -> R<u64> {
    let Some(i) = exact_int(v) else {
        return Err(type_error("an integer is required"));
    };
    if int::is_negative(i) {
        return Err(overflow_error(
            "can't convert negative value to unsigned int",
        ));
    }
    u64::try_from(&int::to_ibig(i))
        .map_err(|_| overflow_error("Python int too large to convert to C unsigned long"))
}

// ---- the module ---------------------------------------------------------------------------

/// `_random.urandom_bits(k)`: an int of `k` bits from the operating
/// system's random source (what `SystemRandom` draws from; alc's own
/// helper, since `os.urandom` returns bytes, which alc does not have yet).
static URANDOM_BITS: BuiltinObj = BuiltinObj::new("urandom_bits", urandom_bits);

fn urandom_bits(args: Args) -> R<Value> {
    let k = args.positional_range("urandom_bits", 1, 1)?[0];
    let k = c_int(k)?;
    if k < 0 {
        return Err(value_error("number of bits must be non-negative"));
    }
    let k = k as usize;
    let mut bytes = vec![0u8; k.div_ceil(8)];
    if let Err(e) = os_random(&mut bytes) {
        return Err(raise(&crate::exc::OS_ERROR, e.to_string()));
    }
    let x = UBig::from_le_bytes(&bytes) >> (bytes.len() * 8 - k);
    Ok(int::from_ibig(IBig::from(x)))
}

/// Defines `_random`'s attributes.
pub fn init_module(m: &mut ModuleBuilder) -> R<()> {
    m.value("Random", RANDOM_TYPE.value());
    m.func(&URANDOM_BITS);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reference implementation's published check: `init_by_array`
    /// with {0x123, 0x234, 0x345, 0x456}, first outputs.
    #[test]
    fn reference_outputs() {
        let mut mt = Mt::zeroed();
        mt.init_by_array(&[0x123, 0x234, 0x345, 0x456]);
        let first: Vec<u32> = (0..5).map(|_| mt.next_u32()).collect();
        assert_eq!(
            first,
            [1067595299, 955945823, 477289528, 4107218783, 4228976476]
        );
    }

    #[test]
    fn unseeded_state_draws_zero() {
        let mut mt = Mt::zeroed();
        assert_eq!(mt.random(), 0.0);
    }

    #[test]
    fn bits_cut_the_last_word() {
        let mut a = Mt::zeroed();
        a.init_by_array(&[5]);
        let mut b = a.clone();
        let w = a.bits(40);
        assert_eq!(w.len(), 2);
        assert_eq!(w[0], b.next_u32());
        assert_eq!(w[1], b.next_u32() >> 24);
    }
}
