//! `alc run`'s cache of built programs, keyed by content: the executable
//! of a program is reused while the compiler, its runtime library and the
//! text of every source the program was built from (the main file and
//! the user modules it imports; library modules are part of the
//! compiler) are unchanged, so a second run of an unchanged program
//! starts as fast as the binary itself. Touching a file without changing
//! it keeps the build; editing an imported module rebuilds.
//!
//! Per program path, a manifest (`<stem>-<path hash>.manifest`) records
//! the compiler's identity, each source's path and content hash, and the
//! executable, named by the hash of all of it (`<stem>-<content hash>`).
//! Manifests and executables are replaced by renaming complete files, so
//! concurrent runs see either the old build or the new one.

use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

/// The compiler's identity: the `alc` executable and the host runtime
/// libraries beside it, by path, size and modification time (a rebuild of
/// either changes it; reading them whole at every run would cost more
/// than the run).
fn compiler_identity() -> String {
    let mut id = String::from(env!("CARGO_PKG_VERSION"));
    if let Ok(exe) = std::env::current_exe() {
        let rt = exe.with_file_name("libalrt.a");
        let jit = exe.with_file_name("libalrt_jit.a");
        for p in [exe.as_path(), rt.as_path(), jit.as_path()] {
            let stamp = std::fs::metadata(p)
                .map(|m| {
                    let mtime = m
                        .modified()
                        .ok()
                        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                        .map_or(0, |d| d.as_nanos());
                    format!("{}:{mtime}", m.len())
                })
                .unwrap_or_default();
            id.push_str(&format!(" {}={stamp}", p.display()));
        }
    }
    id
}

/// A stable 64-bit hash (FNV-1a: the same in every build of alc, unlike
/// std's `DefaultHasher`, whose algorithm may change between releases).
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

fn hash_of(x: impl Hash) -> u64 {
    let mut h = Fnv(0xcbf2_9ce4_8422_2325);
    x.hash(&mut h);
    h.finish()
}

/// Where `alc repl`'s program for this compiler is kept in cache
/// directory `dir` (it has no sources: the compiler's identity names it).
pub fn repl_path(dir: &Path) -> PathBuf {
    dir.join(format!("repl-{:016x}", hash_of(compiler_identity())))
}

/// The cache entry of one program path.
pub struct Entry {
    dir: PathBuf,
    stem: String,
    manifest: PathBuf,
}

impl Entry {
    /// The entry for the program at `input` in cache directory `dir`.
    pub fn new(dir: &Path, input: &Path) -> Entry {
        let abs = std::fs::canonicalize(input).unwrap_or_else(|_| input.to_path_buf());
        let stem = input
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_else(|| "prog".into());
        let manifest = dir.join(format!("{stem}-{:016x}.manifest", hash_of(&abs)));
        Entry {
            dir: dir.to_path_buf(),
            stem,
            manifest,
        }
    }

    /// The executable built from the recorded sources, if the compiler and
    /// every source are as they were when it was built.
    pub fn lookup(&self) -> Option<PathBuf> {
        let text = std::fs::read_to_string(&self.manifest).ok()?;
        let mut lines = text.lines();
        if lines.next()? != compiler_identity() {
            return None;
        }
        let exe = PathBuf::from(lines.next()?);
        for line in lines {
            let (hash, path) = line.split_once('\t')?;
            let bytes = std::fs::read(path).ok()?;
            if format!("{:016x}", hash_of(&bytes)) != hash {
                return None;
            }
        }
        exe.is_file().then_some(exe)
    }

    /// Where to build before `store`: a name no other run uses.
    pub fn build_path(&self) -> PathBuf {
        self.dir
            .join(format!(".{}-{}.building", self.stem, std::process::id()))
    }

    /// Records `built` (just linked at `build_path`) as the build of
    /// `sources`, and returns where the executable now is.
    pub fn store(&self, built: &Path, sources: &[PathBuf]) -> std::io::Result<PathBuf> {
        let identity = compiler_identity();
        let mut lines = Vec::new();
        let mut all = Fnv(0);
        identity.hash(&mut all);
        for p in sources {
            let abs = std::fs::canonicalize(p)?;
            let bytes = std::fs::read(&abs)?;
            let h = hash_of(&bytes);
            (abs.as_os_str().as_encoded_bytes(), h).hash(&mut all);
            lines.push(format!("{h:016x}\t{}", abs.display()));
        }
        let exe = self
            .dir
            .join(format!("{}-{:016x}", self.stem, all.finish()));
        let previous = std::fs::read_to_string(&self.manifest)
            .ok()
            .and_then(|t| t.lines().nth(1).map(PathBuf::from));
        std::fs::rename(built, &exe)?;
        let text = format!("{identity}\n{}\n{}\n", exe.display(), lines.join("\n"));
        let tmp = self.build_path().with_extension("manifest");
        std::fs::write(&tmp, text)?;
        std::fs::rename(&tmp, &self.manifest)?;
        // The build this one replaces, unless it is the same file.
        if let Some(old) = previous.filter(|o| *o != exe) {
            let _ = std::fs::remove_file(old);
        }
        Ok(exe)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_stable_across_builds() {
        // FNV-1a of "a": a fixed value, so manifests written by one build
        // of alc are read by the next.
        let mut h = Fnv(0xcbf2_9ce4_8422_2325);
        h.write(b"a");
        assert_eq!(h.finish(), 0xaf63_dc4c_8601_ec8c);
    }
}
