//! ARCHITECTURE.md stays true to the tree: it names every Rust source file by
//! its repository-relative path in backticks (`rt/src/value.rs`), every such
//! path it names exists, and every file whose code uses `unsafe` is named in
//! its `## Where unsafe lives` section.
//!
//! A backticked span counts as a path only if it ends in `.rs`, contains a
//! `/` and holds nothing but path characters, so prose such as `lib.rs` or
//! `objects/{int,str}/` is left alone.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Where the Rust sources live, relative to the repository root. A root that
/// does not exist (yet) is skipped.
const SOURCE_ROOTS: &[&str] = &[
    "abi/src",
    "compiler/src",
    "rt/src",
    "rt/tests",
    "tests",
    "fuzz/fuzz_targets",
];

/// The heading of the section that lists the files using `unsafe`.
const UNSAFE_HEADING: &str = "## Where unsafe lives";

#[test]
fn every_source_file_is_named() {
    let named = named_paths(&architecture());
    let missing: Vec<String> = rust_sources()
        .into_iter()
        .filter(|path| !named.contains(path))
        .collect();
    assert!(
        missing.is_empty(),
        "ARCHITECTURE.md does not name these source files (write each as a \
         backticked repository-relative path):\n  {}",
        missing.join("\n  ")
    );
}

#[test]
fn every_named_source_file_exists() {
    let root = repo();
    let stale: Vec<String> = named_paths(&architecture())
        .into_iter()
        .filter(|path| !root.join(path).is_file())
        .collect();
    assert!(
        stale.is_empty(),
        "ARCHITECTURE.md names these .rs files, which do not exist:\n  {}",
        stale.join("\n  ")
    );
}

#[test]
fn every_file_using_unsafe_is_listed_where_unsafe_lives() {
    let doc = architecture();
    let listed = named_paths(unsafe_section(&doc));
    let root = repo();
    let unlisted: Vec<String> = rust_sources()
        .into_iter()
        .filter(|path| uses_unsafe(&read(&root.join(path))) && !listed.contains(path))
        .collect();
    assert!(
        unlisted.is_empty(),
        "these files use `unsafe` but are not named under `{UNSAFE_HEADING}` \
         in ARCHITECTURE.md:\n  {}",
        unlisted.join("\n  ")
    );
}

#[test]
fn unsafe_detection_ignores_comments_and_literals() {
    let quiet = [
        "// unsafe { x }",
        "/// Calls `unsafe fn` helpers.",
        "/* unsafe /* nested */ unsafe */ fn f() {}",
        r#"let s = "unsafe {";"#,
        r#"let s = "a \" unsafe";"#,
        r###"let s = r#"unsafe " unsafe"#;"###,
        r#"let c = '"'; let s = "unsafe";"#,
        "fn f<'a>(x: &'a str) -> &'a str { x } // unsafe",
        "#![allow(unsafe_op_in_unsafe_fn)]",
        "let not_unsafe = 1;",
    ];
    for src in quiet {
        assert!(!uses_unsafe(src), "{src}");
    }
    let loud = [
        "unsafe { x }",
        "pub unsafe fn f() {}",
        "unsafe impl Sync for T {}",
        "unsafe extern \"C\" { fn g(); }",
        "#[unsafe(no_mangle)] pub extern \"C\" fn h() {}",
        "let c = '\\''; unsafe { x }",
        "let s = r\"x\"; unsafe { x }",
        "fn f<'a>(x: &'a u8) -> u8 { unsafe { *x } }",
    ];
    for src in loud {
        assert!(uses_unsafe(src), "{src}");
    }
}

/// The repository root: the parent of this package's directory.
fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ sits in the repository")
        .to_path_buf()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn architecture() -> String {
    read(&repo().join("ARCHITECTURE.md"))
}

/// Every `.rs` file under the source roots, as repository-relative paths
/// with `/` separators, sorted. Skips `target` and hidden directories.
fn rust_sources() -> Vec<String> {
    let root = repo();
    let mut out = BTreeSet::new();
    let mut dirs: Vec<PathBuf> = SOURCE_ROOTS
        .iter()
        .map(|r| root.join(r))
        .filter(|d| d.is_dir())
        .collect();
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.expect("directory entry").path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if path.is_dir() {
                if name != "target" && !name.starts_with('.') {
                    dirs.push(path);
                }
            } else if name.ends_with(".rs") {
                let rel = path.strip_prefix(&root).expect("under the root");
                let parts: Vec<&str> = rel
                    .iter()
                    .map(|p| p.to_str().expect("UTF-8 path"))
                    .collect();
                out.insert(parts.join("/"));
            }
        }
    }
    out.into_iter().collect()
}

/// The text of the `## Where unsafe lives` section, up to the next heading of
/// the same or a higher level. Panics if the section is missing.
fn unsafe_section(doc: &str) -> &str {
    let mut start = None;
    let mut offset = 0;
    for line in doc.split_inclusive('\n') {
        let heading = line.trim_end();
        if let Some(s) = start {
            if heading.starts_with("## ") || heading.starts_with("# ") {
                return &doc[s..offset];
            }
        } else if heading == UNSAFE_HEADING {
            start = Some(offset + line.len());
        }
        offset += line.len();
    }
    match start {
        Some(s) => &doc[s..],
        None => panic!("ARCHITECTURE.md has no section headed exactly `{UNSAFE_HEADING}`"),
    }
}

/// The `.rs` paths named in backticks in `markdown`, outside fenced code
/// blocks.
fn named_paths(markdown: &str) -> BTreeSet<String> {
    let mut prose = String::new();
    let mut fenced = false;
    for line in markdown.lines() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
        } else if !fenced {
            prose.push_str(line);
            prose.push('\n');
        }
    }
    // Inline code spans may run across line breaks; every other piece between
    // backticks is one.
    prose
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::trim)
        .filter(|span| {
            span.ends_with(".rs")
                && span.contains('/')
                && span
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "_-./".contains(c))
        })
        .map(String::from)
        .collect()
}

/// True if the code in `src` (not its comments or string and character
/// literals) uses the `unsafe` keyword: blocks, functions, impls, traits,
/// extern blocks, function-pointer types and `#[unsafe(..)]` attributes.
fn uses_unsafe(src: &str) -> bool {
    let code = code_only(src);
    let bytes = code.as_bytes();
    let is_ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    code.match_indices("unsafe").any(|(at, word)| {
        let before = at.checked_sub(1).map(|k| bytes[k]);
        let after = bytes.get(at + word.len()).copied();
        !before.is_some_and(|b| is_ident(b) || b == b'#') && !after.is_some_and(is_ident)
    })
}

/// `src` with comments and the contents of string and character literals
/// replaced by spaces, so that only code remains.
fn code_only(src: &str) -> String {
    let chars: Vec<char> = src.chars().collect();
    let mut out = String::with_capacity(src.len());
    let is_ident = |c: char| c.is_alphanumeric() || c == '_';
    let mut k = 0;
    while k < chars.len() {
        let c = chars[k];
        let next = chars.get(k + 1).copied();
        let prev_ident = k > 0 && is_ident(chars[k - 1]);
        if c == '/' && next == Some('/') {
            // A line comment (doc comments included) runs to the line's end.
            while k < chars.len() && chars[k] != '\n' {
                k += 1;
            }
        } else if c == '/' && next == Some('*') {
            // Block comments nest.
            let mut depth = 0;
            while k < chars.len() {
                if chars[k] == '/' && chars.get(k + 1) == Some(&'*') {
                    depth += 1;
                    k += 2;
                } else if chars[k] == '*' && chars.get(k + 1) == Some(&'/') {
                    depth -= 1;
                    k += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    k += 1;
                }
            }
            out.push(' ');
        } else if let Some(hashes) = raw_string_start(&chars, k, prev_ident) {
            // r"..", r#".."#, br"..", cr"..": no escapes; ends at `"` + hashes.
            k += 1 + hashes + 1;
            loop {
                if k >= chars.len() {
                    break;
                }
                if chars[k] == '"' && (1..=hashes).all(|h| chars.get(k + h) == Some(&'#')) {
                    k += 1 + hashes;
                    break;
                }
                k += 1;
            }
            out.push_str("\"\"");
        } else if c == '"' {
            k += 1;
            while k < chars.len() && chars[k] != '"' {
                k += if chars[k] == '\\' { 2 } else { 1 };
            }
            k += 1;
            out.push_str("\"\"");
        } else if c == '\'' && next == Some('\\') {
            // An escaped character literal: '\n', '\'', '\u{1F600}'.
            k += 3;
            while k < chars.len() && chars[k] != '\'' {
                k += 1;
            }
            k += 1;
            out.push_str("' '");
        } else if c == '\'' && chars.get(k + 2) == Some(&'\'') {
            // A one-character literal such as '"'; otherwise `'` starts a
            // lifetime or label and is kept as code.
            k += 3;
            out.push_str("' '");
        } else {
            out.push(c);
            k += 1;
        }
    }
    out
}

/// If a raw string literal starts at `k`, the number of `#`s it uses.
fn raw_string_start(chars: &[char], k: usize, prev_ident: bool) -> Option<usize> {
    let prefix_ok = match chars[k] {
        // `r` starts a raw string unless it ends an identifier, except for
        // the `b` and `c` prefixes (`br".."`, `cr".."`).
        'r' => {
            !prev_ident
                || (k >= 1
                    && matches!(chars[k - 1], 'b' | 'c')
                    && (k < 2 || !(chars[k - 2].is_alphanumeric() || chars[k - 2] == '_')))
        }
        _ => false,
    };
    if !prefix_ok {
        return None;
    }
    let hashes = chars[k + 1..].iter().take_while(|&&c| c == '#').count();
    (chars.get(k + 1 + hashes) == Some(&'"')).then_some(hashes)
}
