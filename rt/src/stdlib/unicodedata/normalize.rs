//! The four normalization forms (UAX #15): full canonical or compatibility
//! decomposition (Hangul syllables by rule), canonical ordering of
//! combining marks, and canonical composition for NFC and NFKC.

use super::data::Tables;

const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const S_COUNT: u32 = L_COUNT * V_COUNT * T_COUNT;

/// A normalization form.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Form {
    Nfc,
    Nfd,
    Nfkc,
    Nfkd,
}

impl Form {
    /// The form named `name` (exactly `NFC`, `NFD`, `NFKC` or `NFKD`).
    pub fn parse(name: &str) -> Option<Form> {
        Some(match name {
            "NFC" => Form::Nfc,
            "NFD" => Form::Nfd,
            "NFKC" => Form::Nfkc,
            "NFKD" => Form::Nfkd,
            _ => return None,
        })
    }

    fn compat(self) -> bool {
        matches!(self, Form::Nfkc | Form::Nfkd)
    }

    fn composes(self) -> bool {
        matches!(self, Form::Nfc | Form::Nfkc)
    }
}

/// Appends the full decomposition of `cp` to `out`.
fn decompose_into(t: &Tables, cp: u32, compat: bool, out: &mut Vec<u32>) {
    if (S_BASE..S_BASE + S_COUNT).contains(&cp) {
        let s = cp - S_BASE;
        out.push(L_BASE + s / (V_COUNT * T_COUNT));
        out.push(V_BASE + (s % (V_COUNT * T_COUNT)) / T_COUNT);
        if !s.is_multiple_of(T_COUNT) {
            out.push(T_BASE + s % T_COUNT);
        }
        return;
    }
    match t.decomposition(cp) {
        Some((tag, parts)) if tag == 0 || compat => {
            for &p in parts {
                decompose_into(t, p, compat, out);
            }
        }
        _ => out.push(cp),
    }
}

/// The composite of two characters, Hangul syllables included.
fn compose_pair(t: &Tables, a: u32, b: u32) -> Option<u32> {
    if (L_BASE..L_BASE + L_COUNT).contains(&a) && (V_BASE..V_BASE + V_COUNT).contains(&b) {
        return Some(S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT);
    }
    if (S_BASE..S_BASE + S_COUNT).contains(&a)
        && (a - S_BASE).is_multiple_of(T_COUNT)
        && (T_BASE + 1..T_BASE + T_COUNT).contains(&b)
    {
        return Some(a + (b - T_BASE));
    }
    t.compose(a, b)
}

/// `cps` in normalization form `form`.
pub fn normalize(t: &Tables, form: Form, cps: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(cps.len());
    for &cp in cps {
        decompose_into(t, cp, form.compat(), &mut out);
    }
    let ccc = |cp: u32| t.record(cp).combining;
    // Canonical ordering: a stable sort of each run of non-starters.
    let mut i = 0;
    while i < out.len() {
        if ccc(out[i]) == 0 {
            i += 1;
            continue;
        }
        let start = i;
        while i < out.len() && ccc(out[i]) != 0 {
            i += 1;
        }
        out[start..i].sort_by_key(|&cp| ccc(cp));
    }
    if !form.composes() {
        return out;
    }
    let mut res: Vec<u32> = Vec::with_capacity(out.len());
    let mut starter: Option<usize> = None;
    // The combining class of the last character kept since the starter.
    let mut last: Option<u8> = None;
    for cp in out {
        let cc = ccc(cp);
        if let Some(s) = starter {
            let blocked = last.is_some_and(|l| l == 0 || l >= cc);
            if !blocked {
                if let Some(c) = compose_pair(t, res[s], cp) {
                    res[s] = c;
                    continue;
                }
            }
        }
        if cc == 0 {
            starter = Some(res.len());
            last = None;
        } else {
            last = Some(cc);
        }
        res.push(cp);
    }
    res
}
