"""Optimized C implementation for the Python pickle module.

alc's `_pickle` is written in Al: `_pickler` writes pickles byte for byte
as CPython's C pickler does, `_unpickler` reads them, `_names` finds the
global objects they name, `_errors` has the exceptions."""

from _pickle._errors import PickleError, PicklingError, UnpicklingError
from _pickle._pickler import Pickler, dump, dumps
from _pickle._unpickler import Unpickler, load, loads
