//! Linking: finds the rt static library built for the target and runs the
//! system linker (`cc`, or `<triple>-gcc` when cross-compiling).

use std::path::{Path, PathBuf};
use std::process::Command;
use target_lexicon::Triple;

/// How to link one program.
pub struct LinkOptions<'a> {
    pub triple: &'a Triple,
    pub linker: Option<String>,
    pub rt_dir: Option<PathBuf>,
    pub static_link: bool,
    /// Keep debug information and symbols (`-g`).
    pub debug: bool,
    pub verbose: bool,
    /// The program compiles source at run time: link `libalrt_jit.a`,
    /// the runtime with the compiler's JIT.
    pub jit: bool,
}

fn is_host(triple: &Triple) -> bool {
    triple.to_string() == Triple::host().to_string()
}

/// The rt library for `triple`: `--rt-dir`/`ALC_RT_DIR`, else next to the
/// alc executable (cargo puts both in `target/release`), else the cargo
/// target directory for a cross triple.
pub fn find_rt(triple: &Triple, rt_dir: Option<&Path>, jit: bool) -> Result<PathBuf, String> {
    let (name, package) = if jit {
        ("libalrt_jit.a", "alrt-jit")
    } else {
        ("libalrt.a", "alrt")
    };
    let mut candidates = Vec::new();
    if let Some(d) = rt_dir {
        candidates.push(d.join(name));
    } else if let Some(d) = std::env::var_os("ALC_RT_DIR") {
        candidates.push(PathBuf::from(d).join(name));
    } else if let Ok(exe) = std::env::current_exe() {
        if let Some(dir) = exe.parent() {
            if is_host(triple) {
                candidates.push(dir.join(name));
            }
            // target/release/alc -> target/<triple>/release/libalrt.a
            if let (Some(profile), Some(target_dir)) = (dir.file_name(), dir.parent()) {
                candidates.push(target_dir.join(triple.to_string()).join(profile).join(name));
            }
        }
    }
    candidates
        .iter()
        .find(|p| p.is_file())
        .cloned()
        .ok_or_else(|| {
            format!(
                "the alc runtime library for {triple} was not found (looked for {}); build it with `cargo build --release -p {package}{}`",
                candidates
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", "),
                if is_host(triple) {
                    String::new()
                } else {
                    format!(" --target {triple}")
                }
            )
        })
}

/// The linker command for `triple` (overridable with `--linker` or `ALC_CC`).
pub fn linker_for(triple: &Triple, explicit: Option<&str>) -> String {
    if let Some(l) = explicit {
        return l.to_string();
    }
    if let Ok(l) = std::env::var("ALC_CC") {
        return l;
    }
    if is_host(triple) {
        "cc".to_string()
    } else {
        let arch = triple.architecture.to_string();
        format!("{arch}-linux-gnu-gcc")
    }
}

/// The directory of mold's `ld` wrapper (`<prefix>/libexec/mold` beside
/// `<prefix>/bin/mold` on the `PATH`), when mold is installed. Passed as
/// `-B` it makes `cc` and the cross `gcc` alike link with mold: five times
/// faster than GNU ld on rt's 70 MB archive (a hello world: 0.40 s to
/// 0.08 s), most of the time of a compile that imports nothing.
fn mold_dir() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).find_map(|dir| {
        if !dir.join("mold").is_file() {
            return None;
        }
        let wrapper = dir.parent()?.join("libexec/mold");
        wrapper.join("ld").is_file().then_some(wrapper)
    })
}

/// Checks that the rt library at `rt` was built against this compiler's
/// ABI: it must define the stamp symbol `alrt_abi::data::ABI_STAMP` (a hash
/// of the contract). A stale library found through `--rt-dir`/`ALC_RT_DIR`
/// would otherwise link into a program that corrupts memory.
pub fn check_abi(rt: &Path) -> Result<(), String> {
    use object::read::{archive::ArchiveFile, ReadCache};
    // Only the archive's symbol index is read (a few hundred KB of the
    // tens of MB the library holds): this runs on every link.
    let file = std::fs::File::open(rt).map_err(|e| format!("cannot read {}: {e}", rt.display()))?;
    let data = ReadCache::new(file);
    let not_rt = |why: String| format!("{} is not an alc runtime library ({why})", rt.display());
    let archive = ArchiveFile::parse(&data).map_err(|e| not_rt(e.to_string()))?;
    let symbols = archive
        .symbols()
        .map_err(|e| not_rt(e.to_string()))?
        .ok_or_else(|| not_rt("the archive has no symbol index".into()))?;
    let stamp = alrt_abi::data::ABI_STAMP.as_bytes();
    let mut stamps = Vec::new();
    for sym in symbols {
        let name = sym.map_err(|e| not_rt(e.to_string()))?.name();
        if name == stamp {
            return Ok(());
        }
        if name.starts_with(b"alc_rt_abi_") {
            stamps.push(String::from_utf8_lossy(name).into_owned());
        }
    }
    let found = match stamps.first() {
        Some(s) => format!("it was built for {s}"),
        None => "it has no ABI stamp".to_string(),
    };
    Err(format!(
        "the runtime library {} does not match this alc (alc expects {}; {found}); rebuild both from one checkout with `cargo build --release`",
        rt.display(),
        alrt_abi::data::ABI_STAMP,
    ))
}

/// The cause when the linker failed because it could not write the
/// executable `out` (a full disk, a directory in the way), from its
/// messages: GNU ld's and mold's.
fn output_write_failure(stderr: &str, out: &Path) -> Option<String> {
    if stderr.contains("No space left on device") || stderr.contains("Disk full?") {
        return Some("no space left on device".into());
    }
    let mold_open = format!("cannot open {}: ", out.display());
    let line = stderr
        .lines()
        .find(|l| l.contains("cannot open output file") || l.contains(&mold_open))?;
    Some(line.rsplit(": ").next()?.trim().to_string())
}

/// Links `object` with rt into the executable `out`.
pub fn link(object: &Path, out: &Path, opts: &LinkOptions) -> Result<(), String> {
    let rt = find_rt(opts.triple, opts.rt_dir.as_deref(), opts.jit)?;
    check_abi(&rt)?;
    let linker = linker_for(opts.triple, opts.linker.as_deref());
    let mut cmd = Command::new(&linker);
    if opts.linker.is_none() && std::env::var_os("ALC_CC").is_none() {
        if let Some(mold) = mold_dir() {
            cmd.arg("-B").arg(mold);
        }
    }
    cmd.arg(object).arg(&rt).arg("-o").arg(out);
    if opts.static_link {
        cmd.arg("-static");
    } else {
        // Only glibc (libc, libm) stays dynamic; libgcc (unwinding support
        // Rust's std references) is linked in.
        cmd.arg("-static-libgcc");
    }
    // Not position-independent: a PIE's pointers in the runtime's static
    // tables (types, attributes, builtins) need a dynamic relocation each,
    // 13 000 of them (300 KB of a 3.2 MB hello world) that the loader
    // applies at every start, dirtying the pages they are on.
    cmd.arg("-no-pie");
    cmd.args(["-lm", "-lpthread", "-ldl"]);
    // The runtime's unused code is dropped (most of it in a small
    // program), and without `-g` its debug information and the symbols:
    // together they were two thirds of every executable (14 MB of a
    // 17 MB program importing ten modules, 5.6 MB without), and the link
    // takes a third less time.
    cmd.arg("-Wl,--gc-sections");
    if !opts.debug {
        cmd.arg("-Wl,--strip-all");
    }
    if opts.verbose {
        eprintln!("{cmd:?}");
    }
    let output = cmd.output().map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            format!(
                "linker '{linker}' not found; install it (Debian: {}) or pass --linker",
                if is_host(opts.triple) {
                    "apt-get install gcc".to_string()
                } else {
                    format!("apt-get install gcc-{}-linux-gnu", opts.triple.architecture)
                }
            )
        } else {
            format!("could not run linker '{linker}': {e}")
        }
    })?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        if let Some(cause) = output_write_failure(&stderr, out) {
            let _ = std::fs::remove_file(out);
            return Err(format!("cannot write {}: {cause}", out.display()));
        }
        let first = stderr.lines().take(5).collect::<Vec<_>>().join("\n");
        return Err(format!("linking failed ({linker}):\n{first}"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::output_write_failure;
    use std::path::Path;

    #[test]
    fn linker_messages_about_the_output_become_one_cause() {
        let out = Path::new("/tmp");
        let full = "/usr/bin/ld: final link failed: No space left on device\ncollect2: error: ld returned 1 exit status\n";
        assert_eq!(
            output_write_failure(full, out).as_deref(),
            Some("no space left on device")
        );
        let mold_full = "mold: failed to write to an output file. Disk full?\n";
        assert_eq!(
            output_write_failure(mold_full, out).as_deref(),
            Some("no space left on device")
        );
        let dir = "/usr/bin/ld: cannot open output file /tmp: Is a directory\ncollect2: error: ld returned 1 exit status\n";
        assert_eq!(
            output_write_failure(dir, out).as_deref(),
            Some("Is a directory")
        );
        let mold_dir = "mold: fatal: cannot open /tmp: Is a directory\n";
        assert_eq!(
            output_write_failure(mold_dir, out).as_deref(),
            Some("Is a directory")
        );
        // mold names unreadable inputs the same way: not the output's fault.
        let input = "mold: fatal: cannot open /x/libalrt.a: No such file or directory\n";
        assert_eq!(output_write_failure(input, out), None);
        assert_eq!(
            output_write_failure("/usr/bin/ld: undefined reference to `x'\n", out),
            None
        );
    }
}
