"""Support for regular expressions (RE), as CPython 3.11's re module.

The native module `_re` does the work: it parses patterns with CPython's
syntax and error messages, compiles them for alc's own backtracking
matcher, and defines `Pattern`, `Match` and the module-level functions
(with CPython's cache of recently compiled patterns). This module adds
the flags (`RegexFlag`) and the exception `error`.

Not supported yet: the `re.DEBUG` flag, `re.TEMPLATE`/`re.template` (deprecated
in 3.11), the undocumented `re.Scanner`, and `\\N{...}` escapes in patterns.
"""

import enum

from _re import (
    compile,
    match,
    fullmatch,
    search,
    findall,
    finditer,
    split,
    sub,
    subn,
    escape,
    purge,
    Pattern,
    Match,
    _set_error,
)

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


class RegexFlag(enum.IntFlag, boundary=enum.KEEP):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128

    def __repr__(self):
        name = self._name_
        if name is None:
            return "re.RegexFlag(%r)" % self._value_
        parts = []
        for n in name.split("|"):
            if n[0].isdigit():
                parts.append(n)
            else:
                parts.append("re." + n)
        return "|".join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        if spec:
            return int.__format__(int(self), spec)
        return self.__repr__()


RegexFlag.__module__ = "re"

NOFLAG = RegexFlag.NOFLAG
ASCII = A = RegexFlag.ASCII
IGNORECASE = I = RegexFlag.IGNORECASE
LOCALE = L = RegexFlag.LOCALE
UNICODE = U = RegexFlag.UNICODE
MULTILINE = M = RegexFlag.MULTILINE
DOTALL = S = RegexFlag.DOTALL
VERBOSE = X = RegexFlag.VERBOSE


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes:

        msg: The unformatted error message
        pattern: The regular expression pattern
        pos: The index in the pattern where compilation failed (may be None)
        lineno: The line corresponding to pos (may be None)
        colno: The column corresponding to pos (may be None)
    """

    __module__ = "re"

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            if isinstance(pattern, str):
                newline = "\n"
            else:
                newline = b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


_set_error(error)
