//! The runtime library exports exactly the ABI: every `alc_rt_*` symbol in
//! `libalrt.a` is an entry point of `alrt_abi::for_each_rt_fn!`, a data
//! symbol of `alrt_abi::data`, or the ABI stamp, and every one of those is
//! defined. (Signatures are checked when rt compiles; this catches an
//! exported function the table forgot, which the compiler could not call.)

use object::read::archive::ArchiveFile;
use object::read::elf::ElfFile64;
use object::{Endianness, Object, ObjectSymbol};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

macro_rules! table_names {
    ($($id:ident = $name:ident ($($p:ident : $t:ty),*) -> $r:ty;)*) => {
        &[$(stringify!($name)),*]
    };
}

const ENTRY_POINTS: &[&str] = alrt_abi::for_each_rt_fn!(table_names);

fn libalrt() -> PathBuf {
    let alc = std::env::var_os("ALC")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/release/alc"));
    let lib = alc.with_file_name("libalrt.a");
    assert!(
        lib.is_file(),
        "{} missing: run `cargo build --release`",
        lib.display()
    );
    lib
}

/// Names of the global symbols defined by the archive's members.
fn exported(lib: &Path) -> BTreeSet<String> {
    let data = std::fs::read(lib).expect("read libalrt.a");
    let archive = ArchiveFile::parse(&*data).expect("libalrt.a is an archive");
    let mut names = BTreeSet::new();
    for member in archive.members() {
        let member = member.expect("archive member");
        let bytes = member.data(&*data).expect("member data");
        let Ok(obj) = ElfFile64::<Endianness>::parse(bytes) else {
            continue;
        };
        for sym in obj.symbols() {
            if sym.is_global() && sym.is_definition() {
                if let Ok(name) = sym.name() {
                    names.insert(name.to_string());
                }
            }
        }
    }
    names
}

#[test]
fn rt_exports_exactly_the_abi() {
    let lib = libalrt();
    let rt: BTreeSet<String> = exported(&lib)
        .into_iter()
        .filter(|n| n.starts_with("alc_rt_"))
        .collect();
    let mut abi: BTreeSet<String> = ENTRY_POINTS.iter().map(|s| s.to_string()).collect();
    abi.extend(alrt_abi::data::ALL.iter().map(|s| s.to_string()));
    abi.insert(alrt_abi::data::ABI_STAMP.to_string());
    let unlisted: Vec<_> = rt.difference(&abi).collect();
    let missing: Vec<_> = abi.difference(&rt).collect();
    assert!(
        unlisted.is_empty() && missing.is_empty(),
        "exported by {} but not in alrt-abi: {unlisted:?}; in alrt-abi but not exported: {missing:?}",
        lib.display()
    );
}

#[test]
fn table_names_are_unique() {
    let set: BTreeSet<_> = ENTRY_POINTS.iter().collect();
    assert_eq!(set.len(), ENTRY_POINTS.len());
    assert!(
        ENTRY_POINTS.len() > 50,
        "the table expands to every entry point"
    );
}
