//! Unit tests of `_os`: argument checks, files and directories, the
//! environment, names that are not UTF-8.

use super::fs::*;
use super::process::*;
use super::*;
use crate::objects::{bytes, dict, list};
use crate::testing::{call, call_kw, r, s};

/// A fresh directory name under the system's temporary directory.
fn scratch(tag: &str) -> String {
    let d = std::env::temp_dir().join(format!("alc_os_{tag}_{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    d.display().to_string()
}

fn err(res: Result<Value, String>) -> String {
    res.err().unwrap_or_default()
}

#[test]
fn path_arguments_are_checked_as_cpython_does() {
    // python3 -c 'import os; os.mkdir(1)' and the like.
    let none = object::none();
    assert_eq!(
        err(call(&MKDIR, &[crate::testing::i(1)])),
        "TypeError: mkdir: path should be string, bytes or os.PathLike, not int"
    );
    assert_eq!(
        err(call(&RAW_STAT, &[crate::testing::f(1.5)])),
        "TypeError: stat: path should be string, bytes, os.PathLike or integer, not float"
    );
    assert_eq!(
        err(call(&LISTDIR, &[crate::testing::f(1.5)])),
        "TypeError: listdir: path should be string, bytes, os.PathLike, integer or None, not float"
    );
    assert_eq!(
        err(call(&UNLINK, &[none])),
        "TypeError: unlink: path should be string, bytes or os.PathLike, not NoneType"
    );
    assert_eq!(
        err(call(&RENAME, &[s("a"), crate::testing::i(2)])),
        "TypeError: rename: dst should be string, bytes or os.PathLike, not int"
    );
    assert_eq!(
        err(call(&MKDIR, &[s("a\0b")])),
        "ValueError: embedded null byte"
    );
    assert_eq!(
        err(call(&MKDIR, &[s("a"), s("b"), s("c")])),
        "TypeError: mkdir() takes at most 2 positional arguments (3 given)"
    );
    assert_eq!(
        err(call(&RMDIR, &[s("a"), s("b")])),
        "TypeError: rmdir() takes exactly 1 positional argument (2 given)"
    );
    assert_eq!(
        err(call(&RENAME, &[s("a")])),
        "TypeError: rename() missing required argument 'dst' (pos 2)"
    );
    assert_eq!(
        err(call_kw(&MKDIR, &[s("a")], &[("bad", none)])),
        "TypeError: 'bad' is an invalid keyword argument for mkdir()"
    );
    assert_eq!(
        err(call(&GETCWD, &[none])),
        "TypeError: posix.getcwd() takes no arguments (1 given)"
    );
    assert_eq!(
        err(call(&MKDIR, &[s("a"), crate::testing::i(1 << 40)])),
        "OverflowError: Python int too large to convert to C int"
    );
    assert_eq!(
        err(call(&FSPATH, &[crate::testing::i(1)])),
        "TypeError: expected str, bytes or os.PathLike object, not int"
    );
    assert_eq!(r(call(&FSPATH, &[s("x")]).unwrap()), "'x'");
}

#[test]
fn directories_and_files_round_trip() {
    let d = scratch("dirs");
    let ds = s(&d);
    assert!(call(&MKDIR, &[ds]).is_ok());
    assert_eq!(
        err(call(&MKDIR, &[ds])),
        format!("FileExistsError: [Errno 17] File exists: '{d}'")
    );
    let sub = format!("{d}/sub");
    assert!(call(&MKDIR, &[s(&sub)]).is_ok());
    std::fs::write(format!("{d}/f"), "hello").unwrap();
    let mut names: Vec<String> = list::ops::snapshot(call(&LISTDIR, &[ds]).unwrap())
        .into_iter()
        .map(|v| pystr::as_str(v).to_string())
        .collect();
    names.sort();
    assert_eq!(names, ["f", "sub"]);
    assert_eq!(
        err(call(&RMDIR, &[ds])),
        format!("OSError: [Errno 39] Directory not empty: '{d}'")
    );
    assert_eq!(
        err(call(&REMOVE, &[s(&sub)])),
        format!("IsADirectoryError: [Errno 21] Is a directory: '{sub}'")
    );
    assert_eq!(
        err(call(&LISTDIR, &[s(&format!("{d}/f"))])),
        format!("NotADirectoryError: [Errno 20] Not a directory: '{d}/f'")
    );
    let st = call(&RAW_STAT, &[s(&format!("{d}/f"))]).unwrap();
    let items = tuple::items(st);
    assert_eq!(items.len(), 19);
    assert_eq!(r(items[6]), "5");
    assert_eq!(int::as_i64(items[0]).unwrap() & 0o170000, 0o100000);
    assert_eq!(
        err(call(
            &RENAME,
            &[s(&format!("{d}/nope")), s(&format!("{d}/x"))]
        )),
        format!("FileNotFoundError: [Errno 2] No such file or directory: '{d}/nope' -> '{d}/x'")
    );
    assert!(call(&RENAME, &[s(&format!("{d}/f")), s(&format!("{d}/g"))]).is_ok());
    assert!(call(&SYMLINK, &[s("g"), s(&format!("{d}/link"))]).is_ok());
    assert_eq!(
        r(call(&READLINK, &[s(&format!("{d}/link"))]).unwrap()),
        "'g'"
    );
    let lst = call(&RAW_LSTAT, &[s(&format!("{d}/link"))]).unwrap();
    assert_eq!(
        int::as_i64(tuple::items(lst)[0]).unwrap() & 0o170000,
        0o120000
    );
    let mut kinds: Vec<(String, i64)> = read_dir(&PathArg::new("scandir", ds).unwrap())
        .unwrap()
        .into_iter()
        .map(|(name, kind, _)| (String::from_utf8(name).unwrap(), kind))
        .collect();
    kinds.sort();
    assert_eq!(
        kinds,
        [
            ("g".to_string(), KIND_FILE),
            ("link".to_string(), KIND_LINK),
            ("sub".to_string(), KIND_DIR)
        ]
    );
    for f in ["g", "link"] {
        assert!(call(&UNLINK, &[s(&format!("{d}/{f}"))]).is_ok());
    }
    assert!(call(&RMDIR, &[s(&sub)]).is_ok());
    assert!(call(&RMDIR, &[ds]).is_ok());
    assert_eq!(
        err(call(&RMDIR, &[ds])),
        format!("FileNotFoundError: [Errno 2] No such file or directory: '{d}'")
    );
}

#[test]
fn environment_changes_reach_the_process() {
    let name = format!("ALC_OS_TEST_{}", std::process::id());
    assert!(call(&PUTENV, &[s(&name), s("v1")]).is_ok());
    assert_eq!(std::env::var(&name).as_deref(), Ok("v1"));
    let data = call(&ENVIRON, &[]).unwrap();
    assert_eq!(r(dict::get(data, s(&name)).unwrap().unwrap()), "'v1'");
    assert!(call(&UNSETENV, &[s(&name)]).is_ok());
    assert!(std::env::var(&name).is_err());
    assert_eq!(
        err(call(&PUTENV, &[s("a=b"), s("c")])),
        "ValueError: illegal environment variable name"
    );
    assert_eq!(
        err(call(&PUTENV, &[s(""), s("c")])),
        "OSError: [Errno 22] Invalid argument"
    );
    assert_eq!(
        err(call(&UNSETENV, &[s("a=b")])),
        "OSError: [Errno 22] Invalid argument"
    );
    assert_eq!(
        err(call(&PUTENV, &[s("a")])),
        "TypeError: putenv expected 2 arguments, got 1"
    );
}

#[test]
fn strerror_and_cpu_lists() {
    assert_eq!(strerror_text(2), "No such file or directory");
    assert_eq!(strerror_text(0), "Success");
    assert_eq!(strerror_text(99999), "Unknown error 99999");
    assert_eq!(count_cpu_list("0-3\n"), Some(4));
    assert_eq!(count_cpu_list("0-3,5,7-8"), Some(7));
    assert_eq!(count_cpu_list("x"), None);
    assert_eq!(count_cpu_list("3-1"), None);
}

#[test]
fn names_that_are_not_utf8_round_trip() {
    // python3: os.listdir gives 'caf\udce9' for the file b'caf\xe9', and
    // b'caf\xe9' for a bytes path; both name the file again.
    let d = scratch("fsenc");
    std::fs::create_dir(&d).unwrap();
    let raw = std::ffi::OsStr::from_bytes(b"caf\xe9");
    std::fs::write(std::path::Path::new(&d).join(raw), "x").unwrap();
    let names = call(&LISTDIR, &[s(&d)]).unwrap();
    assert_eq!(r(names), "['caf\\udce9']");
    let name = list::ops::snapshot(names)[0];
    let full = format!("{d}/{}", pystr::as_str(name));
    assert!(call(&RAW_STAT, &[s(&full)]).is_ok());
    let db = bytes::new_bytes(d.as_bytes());
    assert_eq!(r(call(&LISTDIR, &[db]).unwrap()), "[b'caf\\xe9']");
    assert_eq!(
        err(call(&RAW_STAT, &[s("\u{10D800}")])),
        "UnicodeEncodeError: 'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not allowed"
    );
    assert_eq!(
        err(call(&RAW_STAT, &[bytes::new_bytes(b"a\0")])),
        "ValueError: stat: embedded null character in path"
    );
    assert_eq!(
        err(call(&RMDIR, &[bytes::new_bytes(b"/nope\xff")])),
        "FileNotFoundError: [Errno 2] No such file or directory: b'/nope\\xff'"
    );
    assert!(call(&UNLINK, &[s(&full)]).is_ok());
    assert!(call(&RMDIR, &[s(&d)]).is_ok());
}

#[test]
fn descriptors_read_and_write() {
    let d = scratch("fd");
    std::fs::create_dir(&d).unwrap();
    let f = format!("{d}/f");
    let flags = crate::testing::i(0o1101); // O_WRONLY | O_CREAT | O_TRUNC
    let fd = call(&OPEN, &[s(&f), flags, crate::testing::i(0o644)]).unwrap();
    assert_eq!(
        r(call(&WRITE, &[fd, bytes::new_bytes(b"hello")]).unwrap()),
        "5"
    );
    assert!(call(&CLOSE, &[fd]).is_ok());
    assert_eq!(
        err(call(&CLOSE, &[fd])),
        "OSError: [Errno 9] Bad file descriptor"
    );
    let fd = call(&OPEN, &[s(&f), crate::testing::i(0)]).unwrap();
    assert_eq!(
        r(call(&READ, &[fd, crate::testing::i(3)]).unwrap()),
        "b'hel'"
    );
    assert!(call(&CLOSE, &[fd]).is_ok());
    assert_eq!(
        err(call(
            &OPEN,
            &[s(&format!("{d}/nope/x")), crate::testing::i(0)]
        )),
        format!("FileNotFoundError: [Errno 2] No such file or directory: '{d}/nope/x'")
    );
    assert_eq!(
        r(call(&ACCESS, &[s(&f), crate::testing::i(0)]).unwrap()),
        "True"
    );
    assert!(call(&UNLINK, &[s(&f)]).is_ok());
    assert!(call(&RMDIR, &[s(&d)]).is_ok());
}
