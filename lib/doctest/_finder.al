"""doctest's `DocTestFinder`: the docstrings of a module, its classes,
functions, methods, properties and `__test__` entries, each with the
line of the source file it starts on."""

import re
import sys
import types
import _coroutines

from doctest._parser import DocTestParser

# A line a docstring starts on: quotes after the indentation (or after a
# `:`), perhaps behind a string prefix.
_DOCSTRING_LINE_RE = re.compile(r'(^|.*:)\s*\w*("|\')')


def _is_routine(obj):
    return isinstance(obj, (types.FunctionType, types.BuiltinFunctionType,
                            types.MethodType, staticmethod, classmethod))


def _unwrap(func):
    """`func` without the wrappers `functools.wraps` records in `__wrapped__`."""
    seen = {id(func)}
    while hasattr(func, '__wrapped__'):
        func = func.__wrapped__
        if id(func) in seen:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        seen.add(id(func))
    return func


def _module_of(obj):
    """The module `obj` was defined in, if the program imported it."""
    if isinstance(obj, types.ModuleType):
        return obj
    name = getattr(obj, '__module__', None)
    if isinstance(name, str):
        return sys.modules.get(name)
    return None


def _first_line(func):
    """The 0-based line of function `func`'s first decorator or `def`
    (CPython's `co_firstlineno` - 1), if it is compiled Al code."""
    loc = _coroutines.code_location(func)
    if loc is None:
        return None
    return loc[1] - 1


class DocTestFinder:
    """Finds the docstrings of an object and of the objects it contains,
    as DocTests."""

    __module__ = 'doctest'

    def __init__(self, verbose=False, parser=DocTestParser(),
                 recurse=True, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        """The DocTests of `obj` and, recursively, of what it contains,
        sorted by name."""
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given "
                                 "when obj.__name__ doesn't exist: %r" %
                                 (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = _module_of(obj)
        source_lines = None
        filename = getattr(module, '__file__', None) if module is not None else None
        if isinstance(filename, str) and not (filename.startswith('<') and filename.endswith('>')):
            try:
                with open(filename, encoding='utf-8') as f:
                    source_lines = f.read().splitlines(keepends=True)
            except (OSError, UnicodeDecodeError):
                source_lines = None
            if source_lines == []:
                source_lines = None
        if globs is None:
            if module is None:
                globs = {}
            else:
                globs = module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if '__name__' not in globs:
            globs['__name__'] = '__main__'
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, {})
        tests.sort()
        return tests

    def _from_module(self, module, obj):
        """Whether `obj` was defined in `module` (not imported into it)."""
        if module is None:
            return True
        if isinstance(obj, property):
            return True
        owner = getattr(obj, '__module__', None)
        if owner is None:
            return True
        return module.__name__ == owner

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        if self._verbose:
            print('Finding tests in %s' % name)
        if id(obj) in seen:
            return
        seen[id(obj)] = 1
        test = self._get_test(obj, name, module, globs, source_lines)
        if test is not None:
            tests.append(test)
        if isinstance(obj, types.ModuleType) and self._recurse:
            for valname, val in list(obj.__dict__.items()):
                valname = '%s.%s' % (name, valname)
                if ((_is_routine(_unwrap(val)) or isinstance(val, type)) and
                        self._from_module(module, val)):
                    self._find(tests, val, valname, module, source_lines,
                               globs, seen)
            for valname, val in list(getattr(obj, '__test__', {}).items()):
                if not isinstance(valname, str):
                    raise ValueError("DocTestFinder.find: __test__ keys "
                                     "must be strings: %r" % (type(valname),))
                if not (isinstance(val, (str, type, types.ModuleType))
                        or _is_routine(val)):
                    raise ValueError("DocTestFinder.find: __test__ values "
                                     "must be strings, functions, methods, "
                                     "classes, or modules: %r" % (type(val),))
                valname = '%s.__test__.%s' % (name, valname)
                self._find(tests, val, valname, module, source_lines,
                           globs, seen)
        if isinstance(obj, type) and self._recurse:
            for valname, val in list(obj.__dict__.items()):
                if isinstance(val, (staticmethod, classmethod)):
                    val = val.__func__
                if ((_is_routine(val) or isinstance(val, type) or
                        isinstance(val, property)) and
                        self._from_module(module, val)):
                    valname = '%s.%s' % (name, valname)
                    self._find(tests, val, valname, module, source_lines,
                               globs, seen)

    def _get_test(self, obj, name, module, globs, source_lines):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                if obj.__doc__ is None:
                    docstring = ''
                else:
                    docstring = obj.__doc__
                    if not isinstance(docstring, str):
                        docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ''
        lineno = self._find_lineno(obj, source_lines)
        if self._exclude_empty and not docstring:
            return None
        if module is None:
            filename = None
        else:
            filename = getattr(module, '__file__', None) or module.__name__
            if filename[-4:] == ".pyc":
                filename = filename[:-1]
        return self._parser.get_doctest(docstring, globs, name,
                                        filename, lineno)

    def _find_lineno(self, obj, source_lines):
        """The 0-based line of the source that `obj`'s docstring starts
        on, or None when it cannot be found."""
        lineno = None
        if isinstance(obj, types.ModuleType):
            lineno = 0
        elif isinstance(obj, type):
            if source_lines is None:
                return None
            pat = re.compile(r'^\s*class\s*%s\b' %
                             re.escape(getattr(obj, '__name__', '-')))
            for i, line in enumerate(source_lines):
                if pat.match(line):
                    lineno = i
                    break
        else:
            if isinstance(obj, types.MethodType):
                obj = obj.__func__
            if isinstance(obj, types.FunctionType):
                lineno = _first_line(obj)
        if lineno is not None:
            if source_lines is None:
                return lineno + 1
            for i in range(lineno, len(source_lines)):
                if _DOCSTRING_LINE_RE.match(source_lines[i]):
                    return i
        return None
