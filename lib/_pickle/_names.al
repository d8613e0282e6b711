"""Names of global objects: the built-in namespace (alc has no `builtins`
module), the module and qualified name a class or function pickles under,
and finding an object by module and dotted name when loading."""

import sys
import copyreg
import _compat_pickle
from _pickle._errors import PicklingError

_BUILTINS = {
    'ArithmeticError': ArithmeticError, 'AssertionError': AssertionError,
    'AttributeError': AttributeError, 'BaseException': BaseException,
    'BaseExceptionGroup': BaseExceptionGroup,
    'BlockingIOError': BlockingIOError, 'BrokenPipeError': BrokenPipeError,
    'BufferError': BufferError, 'BytesWarning': BytesWarning,
    'ChildProcessError': ChildProcessError,
    'ConnectionAbortedError': ConnectionAbortedError,
    'ConnectionError': ConnectionError,
    'ConnectionRefusedError': ConnectionRefusedError,
    'ConnectionResetError': ConnectionResetError,
    'DeprecationWarning': DeprecationWarning, 'EOFError': EOFError,
    'Ellipsis': Ellipsis, 'EncodingWarning': EncodingWarning,
    'EnvironmentError': EnvironmentError, 'Exception': Exception,
    'ExceptionGroup': ExceptionGroup, 'FileExistsError': FileExistsError,
    'FileNotFoundError': FileNotFoundError,
    'FloatingPointError': FloatingPointError, 'FutureWarning': FutureWarning,
    'GeneratorExit': GeneratorExit, 'IOError': IOError,
    'ImportError': ImportError, 'ImportWarning': ImportWarning,
    'IndentationError': IndentationError, 'IndexError': IndexError,
    'InterruptedError': InterruptedError,
    'IsADirectoryError': IsADirectoryError, 'KeyError': KeyError,
    'KeyboardInterrupt': KeyboardInterrupt, 'LookupError': LookupError,
    'MemoryError': MemoryError, 'ModuleNotFoundError': ModuleNotFoundError,
    'NameError': NameError, 'NotADirectoryError': NotADirectoryError,
    'NotImplemented': NotImplemented,
    'NotImplementedError': NotImplementedError, 'OSError': OSError,
    'OverflowError': OverflowError,
    'PendingDeprecationWarning': PendingDeprecationWarning,
    'PermissionError': PermissionError,
    'ProcessLookupError': ProcessLookupError,
    'RecursionError': RecursionError, 'ReferenceError': ReferenceError,
    'ResourceWarning': ResourceWarning, 'RuntimeError': RuntimeError,
    'RuntimeWarning': RuntimeWarning,
    'StopAsyncIteration': StopAsyncIteration, 'StopIteration': StopIteration,
    'SyntaxError': SyntaxError, 'SyntaxWarning': SyntaxWarning,
    'SystemError': SystemError, 'SystemExit': SystemExit,
    'TabError': TabError, 'TimeoutError': TimeoutError,
    'TypeError': TypeError, 'UnboundLocalError': UnboundLocalError,
    'UnicodeDecodeError': UnicodeDecodeError,
    'UnicodeEncodeError': UnicodeEncodeError, 'UnicodeError': UnicodeError,
    'UnicodeTranslateError': UnicodeTranslateError,
    'UnicodeWarning': UnicodeWarning, 'UserWarning': UserWarning,
    'ValueError': ValueError, 'Warning': Warning,
    'ZeroDivisionError': ZeroDivisionError, 'abs': abs, 'aiter': aiter,
    'all': all, 'anext': anext, 'any': any, 'ascii': ascii, 'bin': bin,
    'bool': bool, 'bytearray': bytearray, 'bytes': bytes,
    'callable': callable, 'chr': chr, 'classmethod': classmethod,
    'complex': complex, 'delattr': delattr, 'dict': dict, 'dir': dir,
    'divmod': divmod, 'enumerate': enumerate, 'filter': filter,
    'float': float, 'format': format, 'frozenset': frozenset,
    'getattr': getattr, 'hasattr': hasattr, 'hash': hash,
    'hex': hex, 'id': id, 'input': input, 'int': int,
    'isinstance': isinstance, 'issubclass': issubclass, 'iter': iter,
    'len': len, 'list': list, 'map': map, 'max': max,
    'memoryview': memoryview, 'min': min, 'next': next, 'object': object,
    'oct': oct, 'open': open, 'ord': ord, 'pow': pow, 'print': print,
    'property': property, 'range': range, 'repr': repr, 'reversed': reversed,
    'round': round, 'set': set, 'setattr': setattr, 'slice': slice,
    'sorted': sorted, 'staticmethod': staticmethod, 'str': str, 'sum': sum,
    'super': super, 'tuple': tuple, 'type': type, 'vars': vars, 'zip': zip,
}

# Built-in functions have no `__module__` in alc: the names they pickle
# under, by identity.
_BUILTIN_IDS = {}
for _name, _obj in _BUILTINS.items():
    _BUILTIN_IDS[id(_obj)] = _name


def _codecs_encode(obj, encoding="utf-8", errors="strict"):
    # What the `_codecs.encode` of protocols 0 to 2's bytes reductions
    # loads as; it pickles under that name.
    return obj.encode(encoding, errors)


_SPECIAL = {
    id(copyreg._reconstructor): ("copyreg", "_reconstructor"),
    id(copyreg.__newobj__): ("copyreg", "__newobj__"),
    id(copyreg.__newobj_ex__): ("copyreg", "__newobj_ex__"),
    id(_codecs_encode): ("_codecs", "encode"),
}


def _builtin_name(obj):
    name = _BUILTIN_IDS.get(id(obj))
    if name is not None and _BUILTINS[name] is obj:
        return name
    return None


def is_special(obj):
    """Whether obj pickles under a name alc's modules do not give it."""
    return id(obj) in _SPECIAL


def module_of(obj):
    """The module name a global object is found in, as pickle.whichmodule."""
    return find_module(obj)[0]


def find_module(obj):
    """module_of's answer, and whether it was found by searching the
    modules (CPython's module name object is then not the module's
    `__name__`)."""
    if _builtin_name(obj) is not None:
        return "builtins", False
    special = _SPECIAL.get(id(obj))
    if special is not None:
        return special[0], False
    module_name = getattr(obj, "__module__", None)
    if module_name is not None:
        return module_name, False
    # As CPython's whichmodule: the first module that has it by that name.
    # alc's native functions have no __module__: the public module that
    # re-exports one (re's _compile, not _re's) is CPython's name for it.
    path = qualname_of(obj).split(".")
    modules = list(sys.modules.items())
    for private in (False, True):
        for name, module in modules:
            if name == "__main__" or module is None or name.startswith("_") != private:
                continue
            try:
                if get_dotted(module, path)[0] is obj:
                    return name, True
            except AttributeError:
                pass
    return "__main__", True


def qualname_of(obj):
    name = _builtin_name(obj)
    if name is not None:
        return name
    special = _SPECIAL.get(id(obj))
    if special is not None:
        return special[1]
    name = getattr(obj, "__qualname__", None)
    if name is None:
        name = obj.__name__
    return name


def reverse_name(key):
    """The Python 2 (module, name) of a Python 3 one, or None."""
    return _compat_pickle.REVERSE_NAME_MAPPING.get(key)


def reverse_module(name):
    return _compat_pickle.REVERSE_IMPORT_MAPPING.get(name, name)


def import_module(name):
    """The module named, if the program has it; else ModuleNotFoundError."""
    if name == "builtins":
        return None
    mod = sys.modules.get(name)
    if mod is None:
        raise ModuleNotFoundError("No module named %r" % (name,), name=name)
    return mod


def get_attr(module, name):
    if module is None:
        try:
            return _BUILTINS[name]
        except KeyError:
            raise AttributeError("module 'builtins' has no attribute %r" % (name,))
    return getattr(module, name)


def get_dotted(module, path):
    """The object at a dotted path in a module and its parent."""
    parent = None
    obj = module
    for sub in path:
        parent = obj
        obj = get_attr(obj, sub) if parent is module else getattr(obj, sub)
    return obj, parent


def find_global(module_name, name, proto, fix_imports):
    """What a global reference of a pickle names (Unpickler.find_class)."""
    if proto < 3 and fix_imports:
        key = (module_name, name)
        if key in _compat_pickle.NAME_MAPPING:
            module_name, name = _compat_pickle.NAME_MAPPING[key]
        elif module_name in _compat_pickle.IMPORT_MAPPING:
            module_name = _compat_pickle.IMPORT_MAPPING[module_name]
    if module_name == "_codecs" and name == "encode":
        return _codecs_encode
    if module_name == "copyreg" and name == "_reconstructor":
        return copyreg._reconstructor
    module = import_module(module_name)
    path = name.split(".") if proto >= 4 else [name]
    try:
        return get_dotted(module, path)[0]
    except AttributeError:
        shown = "<module 'builtins' (built-in)>" if module is None else repr(module)
        raise AttributeError("Can't get attribute %r on %s" % (name, shown)) from None
