//! Every answer of the tables against CPython 3.11's, over all code
//! points (digests per block of 4096, `rt/src/stdlib/testdata/
//! unicodedata_cases.txt`, from `gen_unicodedata_cases.py`), and the
//! lookups of names, aliases and named sequences.

use super::normalize::{normalize, Form};
use super::tables::TABLES;
use super::{BIDI, CATEGORIES, EAW, TAGS};

const CASES: &str = include_str!("../testdata/unicodedata_cases.txt");

fn opt(v: u8) -> String {
    if v == 255 {
        "None".into()
    } else {
        v.to_string()
    }
}

/// The line the generator writes for `cp`.
fn line(cp: u32) -> String {
    let t = &TABLES;
    let r = t.record(cp);
    let numeric = if r.numeric == 255 {
        "None".to_string()
    } else {
        format!("{:?}", t.numerics[r.numeric as usize])
    };
    let decomposition = match t.decomposition(cp) {
        None => String::new(),
        Some((tag, parts)) => {
            let mut v: Vec<String> = Vec::new();
            if tag != 0 {
                v.push(TAGS[tag as usize].into());
            }
            v.extend(parts.iter().map(|p| format!("{p:04X}")));
            v.join(" ")
        }
    };
    let mut fields = vec![
        CATEGORIES[r.category as usize].to_string(),
        BIDI[r.bidi as usize].to_string(),
        EAW[r.eaw as usize].to_string(),
        r.combining.to_string(),
        r.mirrored.to_string(),
        opt(r.decimal),
        opt(r.digit),
        numeric,
        decomposition,
        t.name(cp).unwrap_or_else(|| "-".into()),
    ];
    for form in [Form::Nfc, Form::Nfd, Form::Nfkc, Form::Nfkd] {
        let out = normalize(t, form, &[cp]);
        let hex: Vec<String> = out.iter().map(|c| format!("{c:X}")).collect();
        fields.push(hex.join(" "));
    }
    fields.join("|") + "\n"
}

fn fnv(data: &[u8], mut h: u64) -> u64 {
    for &b in data {
        h = (h ^ b as u64).wrapping_mul(0x100000001B3);
    }
    h
}

#[test]
fn every_code_point_as_cpython() {
    let mut bad = Vec::new();
    for l in CASES.lines() {
        let (block, digest) = l.split_once(' ').unwrap();
        let block = u32::from_str_radix(block, 16).unwrap();
        let want = u64::from_str_radix(digest, 16).unwrap();
        let mut h = 0xCBF29CE484222325;
        for cp in block * 4096..(block + 1) * 4096 {
            h = fnv(line(cp).as_bytes(), h);
        }
        if h != want {
            bad.push(format!("{block:04X}"));
        }
    }
    assert!(bad.is_empty(), "blocks differing from CPython: {bad:?}");
}

#[test]
fn some_lines_as_cpython_prints_them() {
    // python3 -c "import unicodedata as u; ..." (the generator's line()).
    assert_eq!(
        line(0xE9),
        "Ll|L|A|0|0|None|None|None|0065 0301|LATIN SMALL LETTER E WITH ACUTE|E9|65 301|E9|65 301\n"
    );
    assert_eq!(
        line(0xAC01),
        "Lo|L|W|0|0|None|None|None||HANGUL SYLLABLE GAG|AC01|1100 1161 11A8|AC01|1100 1161 11A8\n"
    );
    assert_eq!(
        line(0xBD),
        "No|ON|A|0|0|None|None|0.5|<fraction> 0031 2044 0032|VULGAR FRACTION ONE HALF|BD|BD|31 2044 32|31 2044 32\n"
    );
}

#[test]
fn names_look_up_their_characters() {
    let t = &TABLES;
    for cp in (0..0x110000u32).step_by(97) {
        if let Some(n) = t.name(cp) {
            assert_eq!(t.lookup(&n, true), Some(vec![cp]), "{n}");
            assert_eq!(
                t.lookup(&n.to_ascii_lowercase(), true).is_some(),
                !n.starts_with("CJK UNIFIED") && !n.starts_with("HANGUL SYLLABLE"),
                "{n}"
            );
        }
    }
    for (name, want) in [
        ("LATIN CAPITAL LETTER GHA", vec![0x1A2]),
        ("BYTE ORDER MARK", vec![0xFEFF]),
        ("latin small letter r with tilde", vec![0x72, 0x303]),
        ("nushu character-1b170", vec![0x1B170]),
        ("HANGUL SYLLABLE GAG", vec![0xAC01]),
        ("CJK UNIFIED IDEOGRAPH-9FFF", vec![0x9FFF]),
        ("CJK UNIFIED IDEOGRAPH-04E00", vec![0x4E00]),
        ("CJK UNIFIED IDEOGRAPH-20000", vec![0x20000]),
    ] {
        assert_eq!(t.lookup(name, true), Some(want), "{name}");
    }
    for name in [
        "xyz",
        "",
        "CJK UNIFIED IDEOGRAPH-4e00",
        "CJK UNIFIED IDEOGRAPH-004E00",
        "CJK UNIFIED IDEOGRAPH-0340",
        "CJK COMPATIBILITY IDEOGRAPH-0F900",
        "hangul syllable ga",
        "HANGUL SYLLABLE",
        "latin  small letter a",
        "LATIN SMALL LETTER A ",
    ] {
        assert_eq!(t.lookup(name, true), None, "{name}");
    }
    assert_eq!(t.lookup("LATIN SMALL LETTER R WITH TILDE", false), None);
}
