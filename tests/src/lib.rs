//! What the `alc-tests` test programs share: where the workspace is and
//! which `alc` they run. The end-to-end tests live in `programs.rs` (see
//! that file).

use std::path::{Path, PathBuf};

/// The workspace root (the parent of `tests/`).
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ sits in the workspace")
        .to_path_buf()
}

/// The compiler under test: `$ALC`, or else the workspace's release build.
pub fn alc() -> PathBuf {
    let p = std::env::var_os("ALC")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace().join("target/release/alc"));
    assert!(
        p.is_file(),
        "{} missing: run `cargo build --release`",
        p.display()
    );
    p
}
