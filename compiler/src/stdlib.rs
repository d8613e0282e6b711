//! The standard library alc provides: the Al modules under `lib/`,
//! embedded in the compiler by `build.rs`, and the native modules rt
//! implements (`alrt_abi::stdlib`).

include!(concat!(env!("OUT_DIR"), "/stdlib_files.rs"));

/// A library module.
pub enum LibModule {
    /// Written in Al: its absolute path when alc was built (its `__file__`
    /// and traceback path), its source, and whether it is a package.
    Source {
        path: &'static str,
        text: &'static str,
        package: bool,
    },
    /// Implemented in rt.
    Native,
}

/// The library module called `name` (dotted), if alc provides it.
pub fn find(name: &str) -> Option<LibModule> {
    let rel = name.replace('.', "/");
    for (file, package) in [
        (format!("{rel}/__init__.al"), true),
        (format!("{rel}.al"), false),
    ] {
        if let Some(k) = FILES.iter().position(|(r, _, _)| *r == file) {
            return Some(LibModule::Source {
                path: FILES[k].1,
                text: source(k),
                package,
            });
        }
    }
    alrt_abi::stdlib::names(name).map(|_| LibModule::Native)
}

/// The source of library file `k`, inflated at its first use.
fn source(k: usize) -> &'static str {
    TEXTS[k].get_or_init(|| {
        // The build deflated UTF-8 text (`build.rs`): anything else is a
        // broken build, reported in the module's place.
        miniz_oxide::inflate::decompress_to_vec(FILES[k].2)
            .ok()
            .and_then(|b| String::from_utf8(b).ok())
            .unwrap_or_else(|| {
                format!(
                    "raise ImportError('alc was built with a damaged copy of {}')\n",
                    FILES[k].0
                )
            })
    })
}

/// Library modules that another library module also installs under a
/// dotted name in `sys.modules`, as CPython's `os` makes `posixpath` its
/// `os.path`: (that name, the module it is). `import os.path` loads the
/// module itself, so both names are one module object.
const ALIASES: &[(&str, &str)] = &[("os.path", "posixpath")];

/// The library module that dotted `name` is another name of, if any.
pub fn alias_target(name: &str) -> Option<&'static str> {
    ALIASES.iter().find(|(a, _)| *a == name).map(|(_, t)| *t)
}

/// The dotted name under which library module `name` is known, if it has
/// one (`posixpath` is `os.path`).
pub fn alias_of(name: &str) -> Option<&'static str> {
    ALIASES.iter().find(|(_, t)| *t == name).map(|(a, _)| *a)
}

/// True if `path` is the path of one of the library's Al modules.
pub fn is_library_path(path: &str) -> bool {
    FILES.iter().any(|(_, p, _)| *p == path)
}

/// The public modules alc provides, sorted (for the error naming a missing
/// module).
pub fn public_names() -> Vec<String> {
    let mut names: Vec<String> = FILES
        .iter()
        .map(|(r, _, _)| {
            r.trim_end_matches(".al")
                .trim_end_matches("/__init__")
                .replace('/', ".")
        })
        .chain(alrt_abi::stdlib::NATIVE.iter().map(|(n, _)| n.to_string()))
        .filter(|n| {
            !n.split('.')
                .any(|part| part.starts_with('_') && part != "__future__")
        })
        .collect();
    names.sort();
    names.dedup();
    names
}

/// CPython 3.11's public names of the library modules alc provides or will
/// provide (`scripts/gen_stdlib_names.py`): `module: name name ...` lines.
const CPYTHON_NAMES: &str = include_str!("../data/cpython_module_names.txt");

/// True if CPython's module `module` has the public name `name`.
pub fn cpython_has(module: &str, name: &str) -> bool {
    CPYTHON_NAMES.lines().any(|l| {
        l.split_once(": ")
            .is_some_and(|(m, names)| m == module && names.split(' ').any(|n| n == name))
    })
}
