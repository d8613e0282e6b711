//! `eval`, `exec` and `compile`. The source is compiled to machine code at
//! run time by the compiler's JIT, which programs naming these builtins
//! carry (the `alrt-jit` library installs itself here at start-up with
//! [`install`]); the code then runs against the namespaces it was given,
//! calling rt as compiled code always does.

use crate::exc::error::{raise, type_error, value_error, R};
use crate::object::{self, type_name, Kind};
use crate::objects::code::{self, CodeObj};
use crate::objects::func::BuiltinObj;
use crate::protocol::args::Args;
use crate::state::Global;
use crate::value::Value;
use std::cell::Cell;
use std::rc::Rc;

/// `eval(source, globals=None, locals=None, /)`
pub static EVAL: BuiltinObj = BuiltinObj::new("eval", eval);
/// `exec(source, globals=None, locals=None, /, *, closure=None)`
pub static EXEC: BuiltinObj = BuiltinObj::new("exec", exec);
/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`
pub static COMPILE: BuiltinObj = BuiltinObj::new("compile", compile);
/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`
pub static IMPORT: BuiltinObj = BuiltinObj::new("__import__", import);

pub use alrt_abi::jit::{CompileError, ErrorKind, Mode};

/// Machine code the JIT made of a source.
pub struct Compiled {
    /// Materialises the code's constants and registers its roots; 0 when
    /// that raised. Called once, before the first run.
    pub init: extern "C" fn() -> i64,
    /// Runs the code against the namespace words: the expression's value
    /// (eval) or None, null when it raised.
    pub body: extern "C" fn() -> Value,
    /// Two words, the globals dict then the locals mapping, which the code
    /// reads its namespaces from (roots: `init` registers them).
    pub namespaces: *mut Value,
    /// Owns the code's memory: dropping it unmaps the code, which is
    /// done only when nothing can refer to it (see `Drop`).
    pub owner: Option<Box<dyn std::any::Any>>,
    /// `init` has run.
    pub initialised: Cell<bool>,
    /// The address range of the code's memory (`exec_memory`).
    pub range: (usize, usize),
    /// The root ranges `init` registered (its constants, its namespace
    /// words), forgotten when the memory goes.
    pub roots: std::cell::RefCell<Vec<(usize, usize)>>,
}

impl Drop for Compiled {
    /// Hands the code's memory and roots to `exec_memory`, which frees
    /// them once no function it made and no traceback entry naming it is
    /// left. A code object's `Compiled` is dropped by the collector's
    /// sweep: nothing here touches the collector.
    fn drop(&mut self) {
        let owner = self.owner.take();
        let roots = std::mem::take(&mut *self.roots.borrow_mut());
        super::exec_memory::compiled_dropped(self.range.0, (roots, owner));
    }
}

/// The JIT's entry: compiles `source` (read from `filename`) in `mode`.
pub type Compiler = fn(source: &str, filename: &str, mode: Mode) -> Result<Compiled, CompileError>;

/// A module's source found when code compiled at run time imports it.
pub struct ModuleSource {
    /// Its `__file__`.
    pub path: String,
    pub text: String,
    /// A package's `__init__`.
    pub package: bool,
}

/// Finds the source of module `name` (dotted): in `dirs`, then in alc's
/// library (which the JIT carries).
pub type SourceFinder = fn(name: &str, dirs: &[String]) -> Option<ModuleSource>;

static COMPILER: Global<Option<Compiler>> = Global::new(None);
static FINDER: Global<Option<SourceFinder>> = Global::new(None);

/// The builtins of this module, once installed (only `install` names
/// them, so a program without the JIT links none of them).
static BUILTINS: Global<&'static [&'static BuiltinObj]> = Global::new(&[]);

/// Makes `compiler` the one `eval`, `exec` and `compile` use, and the
/// three names builtins: only programs linking the JIT have them (the
/// compiler links it into every program that names them), so the others
/// carry none of this module's code.
pub fn install(compiler: Compiler, finder: SourceFinder) {
    super::exec_memory::install();
    COMPILER.set(Some(compiler));
    FINDER.set(Some(finder));
    static ALL: [&BuiltinObj; 4] = [&EVAL, &EXEC, &COMPILE, &IMPORT];
    BUILTINS.set(&ALL);
}

/// The source of module `name`, if the JIT is installed and finds one.
pub fn find_source(name: &str, dirs: &[String]) -> Option<ModuleSource> {
    FINDER.get()?(name, dirs)
}

/// Runs module source `text` (from file `path`) in namespace `ns`, as
/// `exec` would.
pub fn run_source(text: &str, path: &str, ns: Value) -> R<Value> {
    let code = compile_source(text, path, Mode::Exec)?;
    run(&code, ns, ns)
}

/// Runs the statement the interactive prompt read (`source`, named
/// `<stdin>`, compiled in mode `'single'`) in namespace `ns`.
pub fn run_interactive(source: &str, ns: Value) -> R<()> {
    let (g, l) = namespaces("exec", ns, Value::NULL)?;
    let code = compile_source(source, "<stdin>", Mode::Single)?;
    run(&code, g, l).map(drop)
}

/// The namespace of module `__main__`, where the interactive prompt runs
/// its statements.
pub fn main_namespace() -> R<Value> {
    match crate::protocol::import::loaded("__main__")? {
        Some(m) if m.kind() == Kind::Module => Ok(crate::objects::module::module(m).namespace()),
        _ => Err(raise(&crate::exc::SYSTEM_ERROR, "no module __main__")),
    }
}

/// The builtin `name` of this module, once the JIT is installed.
pub fn builtin(name: &str) -> Option<&'static BuiltinObj> {
    BUILTINS.get().iter().copied().find(|f| f.name == name)
}

/// The builtins as a dict, which `eval`/`exec` put under `__builtins__`
/// in a globals dict that lacks the key (CPython puts the `builtins`
/// module's namespace there); made once.
static BUILTINS_DICT: Global<Value> = Global::new(Value::NULL);

/// See [`BUILTINS_DICT`].
pub fn builtins_dict() -> R<Value> {
    use crate::objects::{dict, str};
    let d = BUILTINS_DICT.get();
    if !d.is_null() {
        return Ok(d);
    }
    let d = dict::new();
    BUILTINS_DICT.set(d);
    // `Global<Value>` is one word, a value slot like the compiler's roots.
    crate::gc::add_roots(std::ptr::from_ref(&BUILTINS_DICT).cast::<u64>(), 1);
    dict::setitem(d, str::new("__name__"), str::new("builtins"))?;
    for name in alrt_abi::builtins::NAMES {
        if let Some(v) = super::lookup(name) {
            dict::setitem(d, str::new(name), v)?;
        }
    }
    Ok(d)
}

/// A [`CompileError`] for a construct alc does not compile yet.
pub fn unsupported(what: &str) -> CompileError {
    CompileError {
        kind: ErrorKind::Unsupported,
        msg: format!("not supported yet: {what}"),
        lineno: 0,
        offset: 0,
        end_lineno: 0,
        end_offset: 0,
        text: None,
    }
}

/// Compiles `source`, raising the SyntaxError it has.
pub fn compile_source(source: &str, filename: &str, mode: Mode) -> R<Rc<Compiled>> {
    super::exec_memory::release_dead();
    let Some(compiler) = COMPILER.get() else {
        return Err(raise(
            &crate::exc::SYSTEM_ERROR,
            "compile_source without the JIT installed",
        ));
    };
    compiler(source, filename, mode)
        .map(|c| {
            super::exec_memory::add(c.range.0, c.range.1);
            Rc::new(c)
        })
        .map_err(|e| raise_compile_error(e, filename, mode))
}

fn raise_compile_error(e: CompileError, filename: &str, mode: Mode) -> crate::exc::error::Pending {
    use crate::objects::{int, str, tuple};
    let ty = match e.kind {
        ErrorKind::Syntax => &crate::exc::SYNTAX_ERROR,
        ErrorKind::Indentation => &crate::exc::INDENTATION_ERROR,
        ErrorKind::Tab => &crate::exc::TAB_ERROR,
        ErrorKind::Unsupported => {
            return raise(&crate::exc::NOT_IMPLEMENTED_ERROR, e.msg);
        }
        ErrorKind::Memory => return raise(&crate::exc::MEMORY_ERROR, e.msg),
    };
    let n = |x: usize| int::from_i64(x as i64);
    let end_offset = int::from_i64(e.end_offset);
    // CPython's parser takes the line of `exec` source from the file the
    // filename names, when there is one; its compiler does so in every mode.
    let text = match e.text {
        Some(t) if mode != Mode::Exec => Some(t),
        t => line_of_file(filename, e.lineno).or(t),
    };
    let text = match text {
        Some(t) => str::new(&t),
        None => object::none(),
    };
    let location = tuple::from_slice(&[
        str::new(filename),
        n(e.lineno),
        n(e.offset),
        text,
        n(e.end_lineno),
        end_offset,
    ]);
    let args = [str::new(&e.msg), location];
    match crate::protocol::dispatch::call(ty.value(), Args::positional(&args)) {
        Ok(exc) => crate::exc::error::set_pending(exc),
        Err(p) => p,
    }
}

/// Line `lineno` of the file named `filename`, with its line break, if
/// there is such a file: where CPython takes the text of a SyntaxError
/// (see `raise_compile_error`).
fn line_of_file(filename: &str, lineno: usize) -> Option<String> {
    let text = std::fs::read_to_string(filename).ok()?;
    let line = text.split_inclusive('\n').nth(lineno.checked_sub(1)?)?;
    Some(line.to_string())
}

/// The source text of `eval`/`exec`/`compile`'s first argument: a str,
/// or bytes decoded as UTF-8.
fn source_text(v: Value, fname: &str, what: &str) -> R<String> {
    if let Some(s) = crate::objects::str::try_str(v) {
        return Ok(s.to_string());
    }
    if !v.is_small() && matches!(v.kind(), Kind::Bytes | Kind::ByteArray) {
        let b = crate::objects::bytes::data(v).unwrap_or_default();
        return String::from_utf8(b.to_vec()).map_err(|e| {
            raise(
                &crate::exc::SYNTAX_ERROR,
                format!(
                    "(unicode error) 'utf-8' codec can't decode byte {:#04x} in position {}: invalid start byte",
                    b[e.utf8_error().valid_up_to()],
                    e.utf8_error().valid_up_to()
                ),
            )
        });
    }
    Err(type_error(format!(
        "{fname}() arg 1 must be a string, bytes or {what} object"
    )))
}

/// `eval` drops the leading spaces and tabs of a string source (CPython
/// strips them so that an indented expression still parses).
fn strip_leading_blanks(s: &str) -> &str {
    s.trim_start_matches([' ', '\t'])
}

/// The globals dict and locals mapping an `eval`/`exec` runs against:
/// `locals` defaults to `globals`.
fn namespaces(fname: &str, globals: Value, locals: Value) -> R<(Value, Value)> {
    let none = object::none();
    if globals == none || globals.is_null() {
        return Err(raise(
            &crate::exc::NOT_IMPLEMENTED_ERROR,
            format!(
                "not supported yet: {fname}() without its namespace, called through another name"
            ),
        ));
    }
    // A dict subclass's instance is read as the dict it holds, as
    // CPython's `PyDict_*` calls read globals.
    let dict = if !globals.is_small() && globals.kind() == Kind::Dict {
        Some(globals)
    } else {
        crate::class::instance::payload(globals).filter(|p| p.kind() == Kind::Dict)
    };
    let Some(globals) = dict else {
        return Err(type_error(if fname == "exec" {
            format!("exec() globals must be a dict, not {}", type_name(globals))
        } else if is_mapping(globals) {
            "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
        } else {
            "globals must be a dict".to_string()
        }));
    };
    let key = crate::objects::str::new("__builtins__");
    if crate::objects::dict::get(globals, key)?.is_none() {
        crate::objects::dict::setitem(globals, key, builtins_dict()?)?;
    }
    let locals = if locals == none || locals.is_null() {
        globals
    } else {
        locals
    };
    if !is_mapping(locals) {
        return Err(type_error(if fname == "exec" {
            format!(
                "locals must be a mapping or None, not {}",
                type_name(locals)
            )
        } else {
            "locals must be a mapping".to_string()
        }));
    }
    Ok((globals, locals))
}

/// CPython's `PyMapping_Check`: the type has `__getitem__`.
fn is_mapping(v: Value) -> bool {
    if v.is_small() {
        return false;
    }
    matches!(v.kind(), Kind::Dict | Kind::MappingProxy)
        || super::attrs::has_attribute(v, "__getitem__")
}

/// Runs `code` with globals `g` and locals `l`.
fn run(code: &Compiled, g: Value, l: Value) -> R<Value> {
    if !code.initialised.get() {
        // Root ranges are numbered: the ones after `mark` are the ones
        // `init` added, even when a collection during it removed others.
        let mark = crate::gc::roots_mark();
        let ok = (code.init)() != 0;
        *code.roots.borrow_mut() = crate::gc::roots_since(mark);
        if !ok {
            return Err(crate::exc::error::Pending);
        }
        code.initialised.set(true);
    }
    // SAFETY: `namespaces` points at the code's two namespace words, in
    // the JIT memory `code.owner` keeps mapped; rt is single-threaded.
    let (saved_g, saved_l) = unsafe {
        let w = code.namespaces;
        let saved = (w.read(), w.add(1).read());
        w.write(g);
        w.add(1).write(l);
        saved
    };
    let r = (code.body)();
    // A code object run again while it runs (from inside itself) finds
    // its namespaces as they were when the inner run ends; after the
    // outermost run they are null, so the words (roots) keep no namespace
    // alive: the functions the code made read the globals they were made
    // with, not these words.
    // SAFETY: as above.
    unsafe {
        code.namespaces.write(saved_g);
        code.namespaces.add(1).write(saved_l);
    }
    if r.is_null() {
        Err(crate::exc::error::Pending)
    } else {
        Ok(r)
    }
}

/// The code to run for `eval`/`exec`'s first argument.
fn code_of(v: Value, fname: &str, mode: Mode) -> R<Rc<Compiled>> {
    if let Some(c) = code::try_code(v) {
        return compiled(c);
    }
    let text = source_text(v, fname, "code")?;
    let text = if mode == Mode::Eval {
        strip_leading_blanks(&text)
    } else {
        &text
    };
    compile_source(text, "<string>", mode)
}

/// The machine code of code object `c`, compiled on its first run.
fn compiled(c: &CodeObj) -> R<Rc<Compiled>> {
    if let Some(code) = c.compiled.borrow().as_ref() {
        return Ok(code.clone());
    }
    let code = compile_source(&c.source, &c.filename, c.mode)?;
    *c.compiled.borrow_mut() = Some(code.clone());
    Ok(code)
}

fn eval(args: Args) -> R<Value> {
    let pos = args.positional_range("eval", 1, 3)?;
    let (g, l) = namespaces(
        "eval",
        pos.get(1).copied().unwrap_or(Value::NULL),
        pos.get(2).copied().unwrap_or(Value::NULL),
    )?;
    let code = code_of(pos[0], "eval", Mode::Eval)?;
    run(&code, g, l)
}

fn exec(args: Args) -> R<Value> {
    let mut closure = None;
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        match crate::objects::str::as_str(*k) {
            "closure" => closure = Some(*v).filter(|v| !object::is_none(*v)),
            k => {
                return Err(type_error(format!(
                    "'{k}' is an invalid keyword argument for exec()"
                )))
            }
        }
    }
    let n = args.pos.len();
    if n == 0 || n > 3 {
        return Err(type_error(if n == 0 {
            "exec() takes at least 1 positional argument (0 given)".to_string()
        } else {
            format!("exec() takes at most 3 positional arguments ({n} given)")
        }));
    }
    let pos = args.pos;
    let (g, l) = namespaces(
        "exec",
        pos.get(1).copied().unwrap_or(Value::NULL),
        pos.get(2).copied().unwrap_or(Value::NULL),
    )?;
    if closure.is_some() {
        // The cells of a function's free variables: the code objects alc
        // makes (`compile`) have none.
        return Err(type_error(if code::try_code(pos[0]).is_some() {
            "cannot use a closure with this code object"
        } else {
            "closure can only be used when source is a code object"
        }));
    }
    let code = code_of(pos[0], "exec", Mode::Exec)?;
    run(&code, g, l)?;
    Ok(object::none())
}

fn compile(args: Args) -> R<Value> {
    let [source, filename, mode, _flags, _dont_inherit, _optimize] = args.bind(
        "compile",
        [
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
        ],
        3,
    )?;
    let (source, filename, mode) = (source.unwrap(), filename.unwrap(), mode.unwrap());
    let text = source_text(source, "compile", "AST")?;
    let filename = match crate::io::fsname::fspath(filename)? {
        Some(f) => crate::protocol::dispatch::str_of(f)?,
        None => {
            return Err(type_error(format!(
                "compile() argument 'filename' must be str, bytes or os.PathLike, not {}",
                type_name(filename)
            )))
        }
    };
    let mode = match crate::objects::str::try_str(mode) {
        Some("exec") => Mode::Exec,
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        Some(_) => {
            return Err(value_error(
                "compile() mode must be 'exec', 'eval' or 'single'",
            ))
        }
        None => {
            return Err(type_error(format!(
                "compile() argument 'mode' must be str, not {}",
                type_name(mode)
            )))
        }
    };
    let code = compile_source(&text, &filename, mode)?;
    Ok(code::new(&text, &filename, mode, Some(code)))
}

/// `__import__`: the module `name` names (relative to `globals`'
/// package with a `level`), importing what it needs at run time; the
/// first module of the dotted chain, or the last with a `fromlist`, each
/// of whose names that is a submodule is imported too.
fn import(args: Args) -> R<Value> {
    use crate::protocol::runtime_import;
    let [name, globals, _locals, fromlist, level] = args.bind(
        "__import__",
        ["name", "globals", "locals", "fromlist", "level"],
        1,
    )?;
    let name = name.unwrap_or(Value::NULL);
    let Some(text) = crate::objects::str::try_str(name) else {
        return Err(type_error(format!(
            "module name must be str, not {}",
            type_name(name)
        )));
    };
    let level = match level {
        Some(l) => match crate::objects::slice::as_index(l) {
            Some(i) => i?,
            None => {
                return Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(l)
                )))
            }
        },
        None => 0,
    };
    if level < 0 {
        return Err(value_error("level must be >= 0"));
    }
    if level == 0 && text.is_empty() {
        return Err(value_error("Empty module name"));
    }
    let globals = globals.filter(|g| *g != object::none() && g.kind() == Kind::Dict);
    let absolute = match globals {
        Some(g) => runtime_import::absolute_name(g, text, level as u32)?,
        None if level > 0 => {
            return Err(raise(&crate::exc::KEY_ERROR, "'__name__' not in globals"))
        }
        None => text.to_string(),
    };
    let from = match fromlist {
        Some(f) if f != object::none() => crate::protocol::dispatch::collect(f)?,
        _ => crate::gc::RootedVec::new(),
    };
    let m = runtime_import::import_by_name(&absolute, !from.is_empty() || level > 0)?;
    for &n in from.iter() {
        if crate::objects::str::try_str(n).is_some_and(|s| s != "*") {
            runtime_import::import_from(m, n)?;
        }
    }
    Ok(m)
}
