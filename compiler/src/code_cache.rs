//! The machine-code cache: Cranelift's incremental compilation cache kept
//! in a directory, one file per compiled function, so a function whose IR
//! was compiled before (by any program: the library modules' functions
//! are the same in every program that imports them) is not compiled again.
//!
//! The key is Cranelift's hash of the function's IR with the names it
//! refers to abstracted (they are applied again on a hit), of the target
//! and of every ISA setting, and Cranelift's version is checked inside the
//! entry: a stale or corrupt entry is compiled afresh, never used.

use cranelift_codegen::incremental_cache::CacheKvStore;
use std::borrow::Cow;
use std::path::{Path, PathBuf};

/// A directory of compiled functions, shared by concurrent `alc` runs.
#[derive(Clone)]
pub struct CodeCache {
    dir: PathBuf,
}

impl CodeCache {
    /// The cache in `dir`, created if missing; `None` when it cannot be.
    pub fn open(dir: &Path) -> Option<CodeCache> {
        std::fs::create_dir_all(dir).ok()?;
        Some(CodeCache {
            dir: dir.to_path_buf(),
        })
    }

    fn entry(&self, key: &[u8]) -> PathBuf {
        let mut name = String::with_capacity(key.len() * 2);
        for b in key {
            name.push_str(&format!("{b:02x}"));
        }
        self.dir.join(name)
    }
}

impl CacheKvStore for CodeCache {
    fn get(&self, key: &[u8]) -> Option<Cow<'_, [u8]>> {
        std::fs::read(self.entry(key)).ok().map(Cow::Owned)
    }

    fn insert(&mut self, key: &[u8], val: Vec<u8>) {
        // Written under a name no other process uses, then renamed into
        // place: a reader sees a whole entry or none. A failure only
        // costs a later compile, so it is not reported.
        let path = self.entry(key);
        let tmp = path.with_extension(format!(
            "tmp{}.{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        if std::fs::write(&tmp, val).is_ok() && std::fs::rename(&tmp, &path).is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_round_trip_and_miss() {
        let dir = std::env::temp_dir().join(format!("alc-code-cache-test-{}", std::process::id()));
        let mut cache = CodeCache::open(&dir).expect("cache directory");
        assert!(cache.get(b"\x01\x02").is_none());
        cache.insert(b"\x01\x02", vec![7, 8, 9]);
        assert_eq!(cache.get(b"\x01\x02").as_deref(), Some(&[7u8, 8, 9][..]));
        assert!(dir.join("0102").is_file());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
