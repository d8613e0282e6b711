//! Embeds the standard library's Al sources (`lib/` at the top of the
//! repository) in the compiler: generates the table `stdlib::FILES` of
//! (path under `lib/`, absolute path, source) that `compiler/src/stdlib.rs`
//! searches, so a compiled `alc` needs no library files beside it.

use std::path::{Path, PathBuf};

fn collect(dir: &Path, root: &Path, out: &mut Vec<(String, PathBuf)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, root, out);
        } else if p.extension().is_some_and(|e| e == "al") {
            let rel = p
                .strip_prefix(root)
                .expect("under lib/")
                .to_string_lossy()
                .to_string();
            out.push((rel, p));
        }
    }
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let lib = manifest.join("../lib");
    let lib = lib.canonicalize().unwrap_or(lib);
    println!("cargo:rerun-if-changed={}", lib.display());
    let mut files = Vec::new();
    collect(&lib, &lib, &mut files);
    let mut text =
        String::from("/// The library's modules: (path under `lib/`, absolute path, source).\n");
    text.push_str("pub static FILES: &[(&str, &str, &str)] = &[\n");
    for (rel, path) in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        text.push_str(&format!(
            "    ({rel:?}, {abs:?}, include_str!({abs:?})),\n",
            abs = path.display().to_string()
        ));
    }
    text.push_str("];\n");
    let out =
        PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo")).join("stdlib_files.rs");
    std::fs::write(out, text).expect("OUT_DIR is writable");
}
