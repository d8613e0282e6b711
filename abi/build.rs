//! Stamps the ABI: hashes this crate's source into the name of a symbol that
//! the runtime library defines and the compiler looks for before linking, so
//! a runtime built from another version of the contract is refused by name
//! instead of linking into a corrupted program.

use std::path::{Path, PathBuf};

/// FNV-1a, 64 bits: tiny, deterministic across hosts, and only needs to tell
/// versions apart (no adversary).
fn fnv1a(h: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(h, |h, &b| {
        (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            sources(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let src = root.join("src");
    println!("cargo:rerun-if-changed=src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    files.sort();
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for f in &files {
        let rel = f.strip_prefix(&root).unwrap_or(f);
        h = fnv1a(h, rel.to_string_lossy().as_bytes());
        h = fnv1a(h, &std::fs::read(f).unwrap_or_default());
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo")).join("stamp.rs");
    let text = format!(
        "/// The symbol naming this version of the ABI (a hash of the crate's source).\n\
         #[macro_export]\n\
         macro_rules! abi_stamp_symbol {{\n    () => {{\n        \"alc_rt_abi_{h:016x}\"\n    }};\n}}\n"
    );
    std::fs::write(out, text).expect("OUT_DIR is writable");
}
