//! Reading the generated tables (`tables.rs`): the properties record of a
//! code point (a two-level page table), decompositions, canonical
//! composition pairs, and character names (a word dictionary, the
//! algorithmic names, aliases and named sequences). The tables are linked
//! only into programs that need them: rt reaches them through the pointer
//! `link` installs, never by name.

use crate::state::Global;

/// The properties CPython's `unicodedata` reports for a group of code
/// points, as indexes into its value lists (`mod.rs`).
#[derive(Debug)]
pub struct Record {
    pub category: u8,
    pub bidi: u8,
    pub eaw: u8,
    pub combining: u8,
    pub mirrored: u8,
    /// 255: none.
    pub decimal: u8,
    /// 255: none.
    pub digit: u8,
    /// An index into `numerics`; 255: none.
    pub numeric: u8,
}

/// The generated data, one static (`tables.rs`).
pub struct Tables {
    /// Code points per page: `1 << shift`.
    pub shift: u32,
    pub records: &'static [Record],
    /// Page number of each `cp >> shift`.
    pub index: &'static [u16],
    /// Record numbers, page by page.
    pub pages: &'static [u16],
    pub numerics: &'static [f64],
    /// Code points with a decomposition, ascending.
    pub decomp_cps: &'static [u32],
    /// Where each one's entry starts in `decomp_data`.
    pub decomp_offsets: &'static [u16],
    /// Entries: `tag << 8 | n`, then `n` code points.
    pub decomp_data: &'static [u32],
    /// `(first, second, composite)` for canonical composition, ascending.
    pub compose: &'static [(u32, u32, u32)],
    /// The name words by number, each ending in a byte with bit 7 set.
    pub words: &'static [u8],
    /// Where word `16 * k` starts in `words`.
    pub word_blocks: &'static [u32],
    /// The stored names in code point order, as word numbers: one byte
    /// `< 0x40`, else two (`0x40 + high`, low); bit 7 of a name's last
    /// word's first byte is set.
    pub names: &'static [u8],
    /// Where name `32 * k` starts in `names`.
    pub name_blocks: &'static [u32],
    /// Runs of consecutive named code points: first code point and the
    /// number of its name; a final entry `(0x110000, count)`.
    pub name_runs: &'static [(u32, u32)],
    /// Stored names that are a prefix and the code point in hex:
    /// `[start, end)` and the prefix.
    pub ranged: &'static [(u32, u32, &'static str)],
    /// `NAME;HEX` lines: the names `lookup` accepts besides the characters'.
    pub aliases: &'static [u8],
    /// `NAME;HEX HEX...` lines: named sequences.
    pub sequences: &'static [u8],
}

/// What linking installs: the tables, the module's real `init`, and what
/// `namereplace` writes. Nothing in rt names these otherwise.
#[derive(Clone, Copy)]
pub struct Linked {
    pub tables: &'static Tables,
    pub init: fn(&mut crate::stdlib::ModuleBuilder) -> crate::exc::error::R<()>,
    pub name_replace: fn(&[char]) -> String,
}

static LINKED: Global<Option<Linked>> = Global::new(None);

/// Installs the tables: what `alc_rt_unicodedata_link` does, which the
/// compiler calls at start-up in programs that import `unicodedata` or
/// name the `namereplace` handler (the one reference that links them).
pub fn link() {
    // Opaque, or LLVM may fold the one value ever stored into the loads,
    // which would link the tables into every program.
    LINKED.set(Some(std::hint::black_box(Linked {
        tables: &super::tables::TABLES,
        init: super::define,
        name_replace: super::replace_with_names,
    })));
}

/// What is linked, if this program links the data.
pub fn linked() -> Option<Linked> {
    LINKED.get()
}

impl Tables {
    /// The properties of code point `cp`.
    pub fn record(&self, cp: u32) -> &'static Record {
        let page = self.index[(cp >> self.shift) as usize] as usize;
        let low = (cp & ((1 << self.shift) - 1)) as usize;
        &self.records[self.pages[(page << self.shift) + low] as usize]
    }

    /// The decomposition of `cp`: its tag number and code points.
    pub fn decomposition(&self, cp: u32) -> Option<(u32, &'static [u32])> {
        let k = self.decomp_cps.binary_search(&cp).ok()?;
        let at = self.decomp_offsets[k] as usize;
        let head = self.decomp_data[at];
        let n = (head & 0xFF) as usize;
        Some((head >> 8, &self.decomp_data[at + 1..at + 1 + n]))
    }

    /// The primary composite of `first` and `second`, if any.
    pub fn compose(&self, first: u32, second: u32) -> Option<u32> {
        self.compose
            .binary_search_by(|&(a, b, _)| (a, b).cmp(&(first, second)))
            .ok()
            .map(|k| self.compose[k].2)
    }

    /// The text of word `w`.
    fn word(&self, w: usize) -> &'static [u8] {
        let mut at = self.word_blocks[w / 16] as usize;
        for _ in 0..w % 16 {
            while self.words[at] & 0x80 == 0 {
                at += 1;
            }
            at += 1;
        }
        let mut end = at;
        while self.words[end] & 0x80 == 0 {
            end += 1;
        }
        &self.words[at..=end]
    }

    /// Decodes one word number at `names[at..]`: (word, last, next offset).
    fn name_word(&self, at: usize) -> (usize, bool, usize) {
        let b = self.names[at];
        let last = b & 0x80 != 0;
        let v = (b & 0x7F) as usize;
        if v < 0x40 {
            (v, last, at + 1)
        } else {
            let w = 0x40 + ((v - 0x40) << 8 | self.names[at + 1] as usize);
            (w, last, at + 2)
        }
    }

    /// Where stored name number `k` starts.
    fn name_start(&self, k: usize) -> usize {
        let mut at = self.name_blocks[k / 32] as usize;
        for _ in 0..k % 32 {
            loop {
                let (_, last, next) = self.name_word(at);
                at = next;
                if last {
                    break;
                }
            }
        }
        at
    }

    /// Appends the words of the name starting at `at` to `out`.
    fn push_name(&self, mut at: usize, out: &mut String) {
        let mut first = true;
        loop {
            let (w, last, next) = self.name_word(at);
            if !first {
                out.push(' ');
            }
            first = false;
            for &b in self.word(w) {
                out.push((b & 0x7F) as char);
            }
            if last {
                return;
            }
            at = next;
        }
    }

    /// The name of code point `cp`, as `unicodedata.name` gives it.
    pub fn name(&self, cp: u32) -> Option<String> {
        if let Some(n) = algorithmic_name(cp) {
            return Some(n);
        }
        for &(start, end, prefix) in self.ranged {
            if (start..end).contains(&cp) {
                return Some(format!("{prefix}{cp:04X}"));
            }
        }
        let r = self.name_runs.partition_point(|&(start, _)| start <= cp);
        if r == 0 || r >= self.name_runs.len() {
            return None;
        }
        let (start, first) = self.name_runs[r - 1];
        let k = first + (cp - start);
        if k >= self.name_runs[r].1 {
            return None;
        }
        let mut out = String::new();
        self.push_name(self.name_start(k as usize), &mut out);
        Some(out)
    }

    /// The number of word `text` (upper case), if it is one.
    fn word_number(&self, text: &[u8]) -> Option<usize> {
        let (mut at, mut w) = (0, 0);
        while at < self.words.len() {
            let mut end = at;
            while self.words[end] & 0x80 == 0 {
                end += 1;
            }
            let word = &self.words[at..=end];
            if word.len() == text.len()
                && word[..word.len() - 1] == text[..text.len() - 1]
                && word[word.len() - 1] & 0x7F == text[text.len() - 1]
            {
                return Some(w);
            }
            at = end + 1;
            w += 1;
        }
        None
    }

    /// The code point whose stored name is `upper` (upper case).
    fn stored(&self, upper: &str) -> Option<u32> {
        let mut wanted = Vec::new();
        for part in upper.split(' ') {
            if part.is_empty() {
                return None;
            }
            wanted.push(self.word_number(part.as_bytes())?);
        }
        let (mut at, mut k) = (0, 0u32);
        while at < self.names.len() {
            let mut matches = true;
            let mut j = 0;
            loop {
                let (w, last, next) = self.name_word(at);
                at = next;
                if j >= wanted.len() || wanted[j] != w {
                    matches = false;
                }
                j += 1;
                if last {
                    break;
                }
            }
            if matches && j == wanted.len() {
                let r = self.name_runs.partition_point(|&(_, first)| first <= k) - 1;
                let (start, first) = self.name_runs[r];
                return Some(start + (k - first));
            }
            k += 1;
        }
        None
    }

    /// The text `lookup(name)` finds: a character (by its name, an
    /// algorithmic name or an alias) or a named sequence.
    pub fn lookup(&self, name: &str, sequences: bool) -> Option<Vec<u32>> {
        if let Some(cp) = algorithmic_lookup(name) {
            return Some(vec![cp]);
        }
        let upper = name.to_ascii_uppercase();
        if !upper.is_ascii() {
            return None;
        }
        for &(start, end, prefix) in self.ranged {
            if let Some(hex) = upper.strip_prefix(prefix) {
                if let Some(cp) = hex_code(hex) {
                    // Stored names match only as written.
                    if (start..end).contains(&cp) && format!("{cp:04X}") == hex {
                        return Some(vec![cp]);
                    }
                }
            }
        }
        if let Some(cp) = self.stored(&upper) {
            return Some(vec![cp]);
        }
        let find = |lines: &'static [u8]| {
            lines.split(|&b| b == b'\n').find_map(|line| {
                let semi = line.iter().position(|&b| b == b';')?;
                (line[..semi] == *upper.as_bytes()).then(|| {
                    line[semi + 1..]
                        .split(|&b| b == b' ')
                        .filter_map(|h| u32::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok())
                        .collect::<Vec<u32>>()
                })
            })
        };
        if let Some(cps) = find(self.aliases) {
            return Some(cps);
        }
        if sequences {
            return find(self.sequences);
        }
        None
    }
}

/// Hex digits naming a code point (upper case, 4 or 5 digits, as CPython
/// reads a CJK ideograph's name).
fn hex_code(hex: &str) -> Option<u32> {
    if !(4..=5).contains(&hex.len()) || !hex.bytes().all(|b| matches!(b, b'0'..=b'9' | b'A'..=b'F'))
    {
        return None;
    }
    u32::from_str_radix(hex, 16).ok()
}

/// The CJK unified ideograph ranges of Unicode 14.
const CJK: &[(u32, u32)] = &[
    (0x3400, 0x4DC0),
    (0x4E00, 0xA000),
    (0x20000, 0x2A6E0),
    (0x2A700, 0x2B739),
    (0x2B740, 0x2B81E),
    (0x2B820, 0x2CEA2),
    (0x2CEB0, 0x2EBE1),
    (0x30000, 0x3134B),
];

const HANGUL_BASE: u32 = 0xAC00;
const HANGUL_COUNT: u32 = 11172;
/// The short names of the leading consonants, vowels and trailing
/// consonants that make up a Hangul syllable's name (Unicode's Jamo.txt).
const JAMO_L: [&str; 19] = [
    "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P",
    "H",
];
const JAMO_V: [&str; 21] = [
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE",
    "WI", "YU", "EU", "YI", "I",
];
const JAMO_T: [&str; 28] = [
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M",
    "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H",
];

/// The names Unicode defines by rule: CJK unified ideographs and Hangul
/// syllables.
fn algorithmic_name(cp: u32) -> Option<String> {
    if CJK.iter().any(|&(a, b)| (a..b).contains(&cp)) {
        return Some(format!("CJK UNIFIED IDEOGRAPH-{cp:04X}"));
    }
    if (HANGUL_BASE..HANGUL_BASE + HANGUL_COUNT).contains(&cp) {
        let s = cp - HANGUL_BASE;
        let (l, v, t) = (s / 588, (s % 588) / 28, s % 28);
        return Some(format!(
            "HANGUL SYLLABLE {}{}{}",
            JAMO_L[l as usize], JAMO_V[v as usize], JAMO_T[t as usize]
        ));
    }
    None
}

/// The code point of an algorithmic name (case-sensitive, as in CPython).
fn algorithmic_lookup(name: &str) -> Option<u32> {
    if let Some(hex) = name.strip_prefix("CJK UNIFIED IDEOGRAPH-") {
        let cp = hex_code(hex)?;
        return CJK.iter().any(|&(a, b)| (a..b).contains(&cp)).then_some(cp);
    }
    let mut rest = name.strip_prefix("HANGUL SYLLABLE ")?;
    // The longest match of each part, as CPython parses them.
    let mut take = |table: &[&str]| -> Option<usize> {
        let mut best: Option<usize> = None;
        for (k, p) in table.iter().enumerate() {
            if rest.starts_with(p) && best.is_none_or(|b| p.len() > table[b].len()) {
                best = Some(k);
            }
        }
        let k = best?;
        rest = &rest[table[k].len()..];
        Some(k)
    };
    let l = take(&JAMO_L)?;
    let v = take(&JAMO_V)?;
    let t = take(&JAMO_T)?;
    if !rest.is_empty() {
        return None;
    }
    Some(HANGUL_BASE + (l as u32 * 21 + v as u32) * 28 + t as u32)
}
