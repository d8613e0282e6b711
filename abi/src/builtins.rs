//! The names that resolve to builtins when a program does not bind them
//! itself. The compiler decides with this list whether a global name is a
//! builtin (and may specialise calls to it); rt's `builtins::lookup`
//! answers exactly these names (a unit test there checks both directions).

/// Every builtin name, sorted (byte order) for binary search.
pub const NAMES: &[&str] = &[
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BaseException",
    "BaseExceptionGroup",
    "BlockingIOError",
    "BrokenPipeError",
    "BufferError",
    "BytesWarning",
    "ChildProcessError",
    "ConnectionAbortedError",
    "ConnectionError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "DeprecationWarning",
    "EOFError",
    "Ellipsis",
    "EncodingWarning",
    "EnvironmentError",
    "Exception",
    "ExceptionGroup",
    "FileExistsError",
    "FileNotFoundError",
    "FloatingPointError",
    "FutureWarning",
    "GeneratorExit",
    "IOError",
    "ImportError",
    "ImportWarning",
    "IndentationError",
    "IndexError",
    "InterruptedError",
    "IsADirectoryError",
    "KeyError",
    "KeyboardInterrupt",
    "LookupError",
    "MemoryError",
    "ModuleNotFoundError",
    "NameError",
    "NotADirectoryError",
    "NotImplemented",
    "NotImplementedError",
    "OSError",
    "OverflowError",
    "PendingDeprecationWarning",
    "PermissionError",
    "ProcessLookupError",
    "RecursionError",
    "ReferenceError",
    "ResourceWarning",
    "RuntimeError",
    "RuntimeWarning",
    "StopAsyncIteration",
    "StopIteration",
    "SyntaxError",
    "SyntaxWarning",
    "SystemError",
    "SystemExit",
    "TabError",
    "TimeoutError",
    "TypeError",
    "UnboundLocalError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "UnicodeError",
    "UnicodeTranslateError",
    "UnicodeWarning",
    "UserWarning",
    "ValueError",
    "Warning",
    "ZeroDivisionError",
    "__import__",
    "abs",
    "aiter",
    "all",
    "anext",
    "any",
    "ascii",
    "bin",
    "bool",
    "bytearray",
    "bytes",
    "callable",
    "chr",
    "classmethod",
    "compile",
    "complex",
    "delattr",
    "dict",
    "dir",
    "divmod",
    "enumerate",
    "eval",
    "exec",
    "exit",
    "filter",
    "float",
    "format",
    "frozenset",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "hex",
    "id",
    "input",
    "int",
    "isinstance",
    "issubclass",
    "iter",
    "len",
    "list",
    "locals",
    "map",
    "max",
    "memoryview",
    "min",
    "next",
    "object",
    "oct",
    "open",
    "ord",
    "pow",
    "print",
    "property",
    "quit",
    "range",
    "repr",
    "reversed",
    "round",
    "set",
    "setattr",
    "slice",
    "sorted",
    "staticmethod",
    "str",
    "sum",
    "super",
    "tuple",
    "type",
    "vars",
    "zip",
];

/// `name` as it is stored inside class `class`: CPython's private name
/// mangling (`__x` in class `C` is `_C__x`). The compiler rewrites
/// identifiers with it and rt the names of `__slots__`.
pub fn mangled(class: &str, name: &str) -> Option<String> {
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() || !name.starts_with("__") || name.ends_with("__") || name.contains('.')
    {
        return None;
    }
    Some(format!("_{stripped}{name}"))
}

/// True if `name` is a builtin.
#[inline]
pub fn is_builtin(name: &str) -> bool {
    NAMES.binary_search(&name).is_ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn mangling_follows_cpython() {
        assert_eq!(super::mangled("C", "__x").as_deref(), Some("_C__x"));
        assert_eq!(
            super::mangled("_Under", "__x").as_deref(),
            Some("_Under__x")
        );
        assert_eq!(super::mangled("___", "__x"), None);
        assert_eq!(super::mangled("C", "__init__"), None);
        assert_eq!(super::mangled("C", "_x"), None);
        assert_eq!(super::mangled("C", "__a.b"), None);
    }

    #[test]
    fn names_are_sorted_and_unique() {
        assert!(super::NAMES.windows(2).all(|w| w[0] < w[1]));
    }
}
