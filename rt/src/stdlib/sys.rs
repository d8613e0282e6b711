//! `sys`: the program's arguments, `exit`, `modules`, `path`, the exception being
//! handled, the standard streams, and facts about the platform and the
//! language version (`version`, `version_info`, `hexversion`).

use super::ModuleBuilder;
use crate::exc::error::R;
use crate::io::streams::Std;
use crate::objects::func::BuiltinObj;
use crate::protocol::args::Args;
use crate::state::{Global, GlobalCell};
use crate::value::Value;

/// The command line as the C `main` received it.
static ARGV: GlobalCell<Vec<Vec<u8>>> = GlobalCell::new(Vec::new());
/// The slots of `stdin`, `stdout` and `stderr` in the module (its ABI
/// name order), found once.
static STREAM_SLOTS: Global<[usize; 3]> = Global::new([usize::MAX; 3]);
/// What `setrecursionlimit` last set (alc's recursion depth is bounded by
/// the stack, not by this number: `docs/language.md`).
static RECURSION_LIMIT: Global<i64> = Global::new(1000);

/// Records the command line (called once, at start).
pub fn set_argv(args: Vec<Vec<u8>>) {
    ARGV.with(|a| *a = args);
}

/// `sys.exit(status=None)`
static EXIT: BuiltinObj = BuiltinObj::new("exit", exit);
/// `sys.exc_info()`
static EXC_INFO: BuiltinObj = BuiltinObj::new("exc_info", exc_info);
/// `sys.getrecursionlimit()`
static GETRECURSIONLIMIT: BuiltinObj = BuiltinObj::new("getrecursionlimit", getrecursionlimit);
/// `sys.setrecursionlimit(n)`
static SETRECURSIONLIMIT: BuiltinObj = BuiltinObj::new("setrecursionlimit", setrecursionlimit);

/// Defines `sys`'s attributes.
/// `getsizeof(object[, default])`
static GETSIZEOF: BuiltinObj = BuiltinObj::new("getsizeof", crate::types::sizeof::getsizeof);

pub fn init(m: &mut ModuleBuilder) -> R<()> {
    let args = ARGV.with(|a| a.clone());
    let list = crate::objects::list::from_vec(Vec::new());
    m.value("argv", list);
    for a in args {
        // Arguments are decoded as file names are (UTF-8, surrogateescape).
        let s = crate::io::fsname::decode(&a)?;
        crate::objects::list::ops::append(list, s);
    }
    m.value("byteorder", crate::objects::str::new("little"));
    m.func(&EXC_INFO);
    m.func(&EXIT);
    m.func(&GETRECURSIONLIMIT);
    m.func(&GETSIZEOF);
    m.value(
        "hexversion",
        crate::objects::int::from_i64(super::sys_version::HEXVERSION),
    );
    m.value("maxsize", crate::objects::int::from_i64(i64::MAX));
    m.value("modules", crate::protocol::import::sys_modules());
    let mut dirs = crate::gc::RootedVec::new();
    for d in crate::protocol::runtime_import::initial_path() {
        dirs.push(crate::objects::str::from_string(d));
    }
    m.value("path", crate::objects::list::from_vec(dirs.into_vec()));
    m.value("platform", crate::objects::str::new("linux"));
    m.func(&SETRECURSIONLIMIT);
    for (name, orig, which) in [
        ("stdin", "__stdin__", Std::In),
        ("stdout", "__stdout__", Std::Out),
        ("stderr", "__stderr__", Std::Err),
    ] {
        let v = crate::io::streams::native(which);
        m.value(name, v);
        m.value(orig, v);
    }
    // `print`, `input` and the like use whatever these attributes hold.
    let slot = |n| alrt_abi::stdlib::slot("sys", n).unwrap_or(usize::MAX);
    STREAM_SLOTS.set([slot("stdin"), slot("stdout"), slot("stderr")]);
    crate::io::streams::set_current_source(current_stream);
    m.value(
        "version",
        crate::objects::str::new(&super::sys_version::text()),
    );
    m.value("version_info", super::sys_version::version_info()?);
    // alc's programs take no interpreter options: there are no `-W`s.
    m.value("warnoptions", crate::objects::list::from_vec(Vec::new()));
    Ok(())
}

/// `sys.path`, if `sys` is imported and it is a list.
pub fn path() -> Option<Value> {
    let slot = alrt_abi::stdlib::slot("sys", "path")?;
    let m = crate::io::streams::module_of_source("sys")?;
    let v = crate::objects::module::module(m).slot_at(slot);
    (!v.is_null() && !v.is_small() && v.kind() == crate::object::Kind::List).then_some(v)
}

/// The current `sys.stdin`/`sys.stdout`/`sys.stderr`: the `sys` module's
/// slot (null until the module object exists, or if it is unbound).
fn current_stream(which: Std) -> Value {
    let slot = STREAM_SLOTS.get()[which as usize];
    match crate::io::streams::module_of_source("sys") {
        Some(m) => crate::objects::module::module(m).slot_at(slot),
        None => Value::NULL,
    }
}

fn exit(args: Args) -> R<Value> {
    let pos = args.positional_range("exit", 0, 1)?;
    args.no_kwargs("exit")?;
    // CPython raises with `PyErr_SetObject(SystemExit, status)`, which
    // makes None no argument and a tuple (of any type) the arguments
    // themselves: `sys.exit((1, 2)).args` is `(1, 2)`, unlike `exit()`'s.
    let args = match pos.first().copied() {
        None => crate::objects::tuple::from_slice(&[]),
        Some(code) if crate::object::is_none(code) => crate::objects::tuple::from_slice(&[]),
        Some(code) if code.kind() == crate::object::Kind::Tuple => {
            crate::objects::tuple::from_slice(crate::objects::tuple::items(code))
        }
        Some(code) => crate::objects::tuple::from_slice(&[code]),
    };
    let e = crate::exc::new_exception(&crate::exc::SYSTEM_EXIT, args);
    Err(crate::exc::error::set_pending(e))
}

fn exc_info(args: Args) -> R<Value> {
    args.positional_range("exc_info", 0, 0)?;
    args.no_kwargs("exc_info")?;
    let none = crate::object::none();
    let e = crate::exc::handling::current();
    if e.is_null() {
        return Ok(crate::objects::tuple::from_slice(&[none, none, none]));
    }
    let tb = crate::exc::traceback_value(e);
    let t = crate::object::type_of(e).value();
    Ok(crate::objects::tuple::from_slice(&[t, e, tb]))
}

fn getrecursionlimit(args: Args) -> R<Value> {
    args.positional_range("getrecursionlimit", 0, 0)?;
    args.no_kwargs("getrecursionlimit")?;
    Ok(crate::objects::int::from_i64(RECURSION_LIMIT.get()))
}

fn setrecursionlimit(args: Args) -> R<Value> {
    let pos = args.positional_range("setrecursionlimit", 1, 1)?;
    args.no_kwargs("setrecursionlimit")?;
    let n = pos[0];
    if n.kind() == crate::object::Kind::Float {
        return Err(crate::exc::error::type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    let n = crate::protocol::num::int_arg(n)?;
    let n = crate::objects::int::as_i64(n).unwrap_or(i64::MAX);
    if n < 1 {
        return Err(crate::exc::error::value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    RECURSION_LIMIT.set(n);
    Ok(crate::object::none())
}
