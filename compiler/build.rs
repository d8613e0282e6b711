//! Embeds the standard library's Al sources (`lib/` at the top of the
//! repository) in the compiler, compressed (deflate: 1.7 MB of source
//! become about a quarter of that, in `alc` and in every program that
//! compiles at run time): generates the table `stdlib::FILES` of (path
//! under `lib/`, absolute path, compressed source) that
//! `compiler/src/stdlib.rs` searches, so a compiled `alc` needs no library
//! files beside it.

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
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo"));
    let mut text = String::from(
        "/// The library's modules: (path under `lib/`, absolute path, deflated source).\n",
    );
    text.push_str("pub static FILES: &[(&str, &str, &[u8])] = &[\n");
    for (k, (rel, path)) in files.iter().enumerate() {
        println!("cargo:rerun-if-changed={}", path.display());
        let source = std::fs::read(path).expect("library sources are readable");
        let packed = out_dir.join(format!("lib{k}.deflate"));
        std::fs::write(&packed, miniz_oxide::deflate::compress_to_vec(&source, 9))
            .expect("OUT_DIR is writable");
        text.push_str(&format!(
            "    ({rel:?}, {abs:?}, include_bytes!({packed:?})),\n",
            abs = path.display().to_string(),
            packed = packed.display().to_string(),
        ));
    }
    text.push_str("];\n");
    text.push_str(&format!(
        "/// Each module's source once inflated.\n\
         static TEXTS: [std::sync::OnceLock<String>; {}] = [const {{ std::sync::OnceLock::new() }}; {}];\n",
        files.len(),
        files.len()
    ));
    std::fs::write(out_dir.join("stdlib_files.rs"), text).expect("OUT_DIR is writable");
}
