//! The native standard-library modules and their attribute names. The
//! compiler knows from this table which modules rt implements natively
//! and which names each defines (so `math.sqrt` compiles to a slot load
//! and `math.nosuch` can be checked); rt's `stdlib::MODULES` defines
//! exactly these (a unit test there checks both directions).

/// Each native module's name with its attribute names, sorted (byte order).
pub const NATIVE: &[(&str, &[&str])] = &[
    ("_abc", ABC),
    ("_blake2", BLAKE2),
    ("_codecs", CODECS),
    ("_collections", COLLECTIONS),
    ("_copyreg", COPYREG),
    ("_coroutines", COROUTINES),
    ("_frames", FRAMES),
    ("_hashlib", HASHLIB),
    ("_io", IO),
    ("_os", OS),
    ("_os_extra", OS_EXTRA),
    ("_random", RANDOM),
    ("_re", RE),
    ("_signal", SIGNAL),
    ("_strptime", STRPTIME),
    ("_struct", STRUCT),
    ("_subprocess", SUBPROCESS),
    ("_weakref", WEAKREF),
    ("array", ARRAY),
    ("binascii", BINASCII),
    ("cmath", CMATH),
    ("gc", GC),
    ("math", MATH),
    ("sys", SYS),
    ("time", TIME),
    ("unicodedata", UNICODEDATA),
    ("zlib", ZLIB),
];

/// `zlib`: CPython 3.11's public names, all of them (`rt/src/stdlib/zlib/`).
const ZLIB: &[&str] = &[
    "DEFLATED",
    "DEF_BUF_SIZE",
    "DEF_MEM_LEVEL",
    "MAX_WBITS",
    "ZLIB_RUNTIME_VERSION",
    "ZLIB_VERSION",
    "Z_BEST_COMPRESSION",
    "Z_BEST_SPEED",
    "Z_BLOCK",
    "Z_DEFAULT_COMPRESSION",
    "Z_DEFAULT_STRATEGY",
    "Z_FILTERED",
    "Z_FINISH",
    "Z_FIXED",
    "Z_FULL_FLUSH",
    "Z_HUFFMAN_ONLY",
    "Z_NO_COMPRESSION",
    "Z_NO_FLUSH",
    "Z_PARTIAL_FLUSH",
    "Z_RLE",
    "Z_SYNC_FLUSH",
    "Z_TREES",
    "adler32",
    "compress",
    "compressobj",
    "crc32",
    "decompress",
    "decompressobj",
    "error",
];

/// `_abc`: CPython's C half of `abc` (`lib/abc.al` and
/// `lib/collections/abc.al` use it), and alc's own `_check_methods` (the
/// structural test of `collections.abc`'s `__subclasshook__`s, which must
/// see the special methods of built-in types).
const ABC: &[&str] = &[
    "_abc_init",
    "_abc_instancecheck",
    "_abc_register",
    "_abc_subclasscheck",
    "_check_methods",
    "_reset_caches",
    "_reset_registry",
    "get_cache_token",
];

/// `_re`: the native half of `re` (`lib/re.al`): the compiled pattern
/// and match types, compiling through the cache, `escape`, `purge`, and
/// `_set_error` (how `lib/re.al` hands over its `error` class).
const RE: &[&str] = &[
    "Match",
    "Pattern",
    "_compile",
    "_escape",
    "_purge",
    "_set_error",
];

/// `gc`: the control of alc's collector that can mean something in it
/// (`rt/src/stdlib/gc.rs`; docs/language.md lists what is missing).
const GC: &[&str] = &[
    "collect",
    "disable",
    "enable",
    "garbage",
    "is_tracked",
    "isenabled",
];

/// `_signal`: the native half of `signal` (`lib/signal.al`): actions,
/// sending signals, `alarm`, `strsignal`.
const SIGNAL: &[&str] = &[
    "NSIG",
    "_getitimer",
    "_set",
    "_setitimer",
    "_sigmask",
    "_sigpending",
    "_sigwait",
    "alarm",
    "default_int_handler",
    "kill",
    "pause",
    "raise_signal",
    "strsignal",
];

/// `_subprocess`: the native half of `subprocess` (`lib/subprocess.al`):
/// starting a program, waiting for it, signals, `communicate`'s pipe I/O.
const SUBPROCESS: &[&str] = &["communicate", "kill", "spawn", "wait"];

/// `_collections`: the native half of `collections`.
const COLLECTIONS: &[&str] = &["deque"];

/// `_copyreg`: the reconstructors `object.__reduce_ex__` names, which
/// `lib/copyreg.al` re-exports.
const COPYREG: &[&str] = &["__newobj__", "__newobj_ex__", "_reconstructor"];

/// `_coroutines`: whether a function is an `async def`, where a function
/// is defined and a coroutine's state (`asyncio` and its reprs).
const COROUTINES: &[&str] = &["code_location", "coroutine_state", "iscoroutinefunction"];

/// `_blake2`: the BLAKE2 hash types `lib/hashlib.al` re-exports and
/// their size limits, CPython 3.11's public names, all of them.
const BLAKE2: &[&str] = &[
    "BLAKE2B_MAX_DIGEST_SIZE",
    "BLAKE2B_MAX_KEY_SIZE",
    "BLAKE2B_PERSON_SIZE",
    "BLAKE2B_SALT_SIZE",
    "BLAKE2S_MAX_DIGEST_SIZE",
    "BLAKE2S_MAX_KEY_SIZE",
    "BLAKE2S_PERSON_SIZE",
    "BLAKE2S_SALT_SIZE",
    "blake2b",
    "blake2s",
];

/// `_frames`: alc's own stand-in for what CPython's library reads from
/// frame objects (`lib/warnings.al`, `lib/logging/`, `lib/traceback.al`).
const FRAMES: &[&str] = &[
    "extract_tb",
    "format_exception",
    "format_exception_only",
    "format_tb",
    "show_source",
    "stack",
];

/// `_hashlib`: the hash objects and constructors `lib/hashlib.al`
/// re-exports (MD5, SHA-1, SHA-2, SHA-3, SHAKE), `new`, `pbkdf2_hmac`.
const HASHLIB: &[&str] = &[
    "HASH",
    "HASHXOF",
    "UnsupportedDigestmodError",
    "new",
    "openssl_md5",
    "openssl_sha1",
    "openssl_sha224",
    "openssl_sha256",
    "openssl_sha384",
    "openssl_sha3_224",
    "openssl_sha3_256",
    "openssl_sha3_384",
    "openssl_sha3_512",
    "openssl_sha512",
    "openssl_shake_128",
    "openssl_shake_256",
    "pbkdf2_hmac",
];

/// `binascii`: CPython 3.11's public names, all of them.
const BINASCII: &[&str] = &[
    "Error",
    "Incomplete",
    "a2b_base64",
    "a2b_hex",
    "a2b_qp",
    "a2b_uu",
    "b2a_base64",
    "b2a_hex",
    "b2a_qp",
    "b2a_uu",
    "crc32",
    "crc_hqx",
    "hexlify",
    "unhexlify",
];

/// `_io`: the names rt defines (`lib/io.al` re-exports them).
const IO: &[&str] = &[
    "BufferedRandom",
    "BufferedReader",
    "BufferedWriter",
    "BytesIO",
    "DEFAULT_BUFFER_SIZE",
    "StringIO",
    "TextIOWrapper",
    "UnsupportedOperation",
    "open",
];

/// `_random`: CPython's `Random` type, and alc's own `urandom_bits` (the
/// operating system's random bits, for `random.SystemRandom`).
const RANDOM: &[&str] = &["Random", "urandom_bits"];

/// `_struct`: CPython's C half of `struct` (`lib/struct.al` re-exports
/// it), all of its names.
const STRUCT: &[&str] = &[
    "Struct",
    "_clearcache",
    "calcsize",
    "error",
    "iter_unpack",
    "pack",
    "pack_into",
    "unpack",
    "unpack_from",
];

/// `array`: CPython 3.11's names, all of them.
const ARRAY: &[&str] = &["ArrayType", "_array_reconstructor", "array", "typecodes"];

/// `_weakref`: CPython's native half of `weakref` (`lib/weakref.al` is
/// the rest; its proxies are Al classes), and alc's own `_proxy` (makes a
/// proxy object with its inner reference) and `_atexit` (a function run
/// when the program ends, for `weakref.finalize`).
const WEAKREF: &[&str] = &[
    "ReferenceType",
    "_atexit",
    "_proxy",
    "getweakrefcount",
    "getweakrefs",
    "ref",
];

/// `_os_extra`: the `os` functions only programs importing it link
/// (`lib/os.al` re-exports them).
const OS_EXTRA: &[&str] = &[
    "_echo",
    "_exit",
    "_libc_version",
    "_times",
    "_uname",
    "chown",
    "closerange",
    "dup",
    "dup2",
    "fchdir",
    "fchmod",
    "fchown",
    "fdatasync",
    "fstatvfs",
    "get_blocking",
    "get_inheritable",
    "getgroups",
    "getloadavg",
    "getpgid",
    "getpgrp",
    "getpriority",
    "getrandom",
    "getresgid",
    "getresuid",
    "getsid",
    "killpg",
    "lchown",
    "mkfifo",
    "nice",
    "pipe",
    "pipe2",
    "pread",
    "pwrite",
    "sched_yield",
    "set_blocking",
    "set_inheritable",
    "setpriority",
    "statvfs",
    "sync",
    "ttyname",
    "waitpid",
];

/// `_os`: the names rt defines (`lib/os.al` and `lib/posixpath.al` use them).
const OS: &[&str] = &[
    "_environ",
    "_home_dir",
    "_lstat",
    "_register",
    "_stat",
    "_terminal_size",
    "access",
    "chdir",
    "chmod",
    "close",
    "cpu_count",
    "fspath",
    "fstat",
    "fsync",
    "ftruncate",
    "get_ident",
    "getcwd",
    "getcwdb",
    "getegid",
    "geteuid",
    "getgid",
    "getpid",
    "getppid",
    "getuid",
    "isatty",
    "link",
    "listdir",
    "lseek",
    "lstat",
    "mkdir",
    "open",
    "putenv",
    "read",
    "readlink",
    "remove",
    "rename",
    "replace",
    "rmdir",
    "scandir",
    "stat",
    "strerror",
    "symlink",
    "truncate",
    "umask",
    "unlink",
    "unsetenv",
    "utime",
    "write",
];

/// `sys`: the names rt defines.
const SYS: &[&str] = &[
    "__stderr__",
    "__stdin__",
    "__stdout__",
    "argv",
    "byteorder",
    "exc_info",
    "exit",
    "getrecursionlimit",
    "getsizeof",
    "hexversion",
    "maxsize",
    "modules",
    "path",
    "platform",
    "setrecursionlimit",
    "stderr",
    "stdin",
    "stdout",
    "version",
    "version_info",
    "warnoptions",
];

/// `cmath`: CPython 3.11's public names, all of them.
const CMATH: &[&str] = &[
    "acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "e", "exp", "inf", "infj",
    "isclose", "isfinite", "isinf", "isnan", "log", "log10", "nan", "nanj", "phase", "pi", "polar",
    "rect", "sin", "sinh", "sqrt", "tan", "tanh", "tau",
];

/// `math`: CPython 3.11's public names, all of them.
const MATH: &[&str] = &[
    "acos",
    "acosh",
    "asin",
    "asinh",
    "atan",
    "atan2",
    "atanh",
    "cbrt",
    "ceil",
    "comb",
    "copysign",
    "cos",
    "cosh",
    "degrees",
    "dist",
    "e",
    "erf",
    "erfc",
    "exp",
    "exp2",
    "expm1",
    "fabs",
    "factorial",
    "floor",
    "fmod",
    "frexp",
    "fsum",
    "gamma",
    "gcd",
    "hypot",
    "inf",
    "isclose",
    "isfinite",
    "isinf",
    "isnan",
    "isqrt",
    "lcm",
    "ldexp",
    "lgamma",
    "log",
    "log10",
    "log1p",
    "log2",
    "modf",
    "nan",
    "nextafter",
    "perm",
    "pi",
    "pow",
    "prod",
    "radians",
    "remainder",
    "sin",
    "sinh",
    "sqrt",
    "tan",
    "tanh",
    "tau",
    "trunc",
    "ulp",
];

/// `_strptime`: the parsing behind `datetime.strptime` (CPython's module
/// of that name is Python; this one has only the function `lib/datetime.al`
/// calls).
const STRPTIME: &[&str] = &["_strptime"];

/// `time`: the names rt defines. CPython 3.11 also has `clock_settime`,
/// `clock_settime_ns`, `get_clock_info`, `pthread_getcpuclockid` and
/// `tzset`, which are not here yet.
const TIME: &[&str] = &[
    "CLOCK_BOOTTIME",
    "CLOCK_MONOTONIC",
    "CLOCK_MONOTONIC_RAW",
    "CLOCK_PROCESS_CPUTIME_ID",
    "CLOCK_REALTIME",
    "CLOCK_TAI",
    "CLOCK_THREAD_CPUTIME_ID",
    "altzone",
    "asctime",
    "clock_getres",
    "clock_gettime",
    "clock_gettime_ns",
    "ctime",
    "daylight",
    "gmtime",
    "localtime",
    "mktime",
    "monotonic",
    "monotonic_ns",
    "perf_counter",
    "perf_counter_ns",
    "process_time",
    "process_time_ns",
    "sleep",
    "strftime",
    "strptime",
    "struct_time",
    "thread_time",
    "thread_time_ns",
    "time",
    "time_ns",
    "timezone",
    "tzname",
];

/// The attribute names of native module `module`.
pub fn names(module: &str) -> Option<&'static [&'static str]> {
    NATIVE.iter().find(|(m, _)| *m == module).map(|(_, n)| *n)
}

/// The slot of `name` in native module `module`: its index in the sorted
/// name list, which is the order rt lays the module's slots out in.
pub fn slot(module: &str, name: &str) -> Option<usize> {
    names(module)?.binary_search(&name).ok()
}

/// `unicodedata`: CPython 3.11's public names but the `UCD` type and
/// `ucd_3_2_0` (the Unicode 3.2 database IDNA uses).
const UNICODEDATA: &[&str] = &[
    "bidirectional",
    "category",
    "combining",
    "decimal",
    "decomposition",
    "digit",
    "east_asian_width",
    "is_normalized",
    "lookup",
    "mirrored",
    "name",
    "normalize",
    "numeric",
    "unidata_version",
];

/// `_codecs`: the native half of `codecs` (`lib/codecs.al`): the built-in
/// codecs' functions, the error-handler registry and built-in handlers,
/// and `_set_lookup`/`_builtin`, how `lib/codecs.al` and rt share codecs.
const CODECS: &[&str] = &[
    "_builtin",
    "_set_lookup",
    "ascii_decode",
    "ascii_encode",
    "backslashreplace_errors",
    "ignore_errors",
    "latin_1_decode",
    "latin_1_encode",
    "lookup_error",
    "namereplace_errors",
    "register_error",
    "replace_errors",
    "strict_errors",
    "utf_16_be_decode",
    "utf_16_be_encode",
    "utf_16_decode",
    "utf_16_encode",
    "utf_16_le_decode",
    "utf_16_le_encode",
    "utf_32_be_decode",
    "utf_32_be_encode",
    "utf_32_decode",
    "utf_32_encode",
    "utf_32_le_decode",
    "utf_32_le_encode",
    "utf_8_decode",
    "utf_8_encode",
    "xmlcharrefreplace_errors",
];

#[cfg(test)]
mod tests {
    #[test]
    fn names_are_sorted_and_unique() {
        for (m, names) in super::NATIVE {
            assert!(names.windows(2).all(|w| w[0] < w[1]), "{m}");
        }
    }
}
