# Conditional imports: a module that fails raises at each import (CPython
# forgets it), a missing module is ModuleNotFoundError at run time, names
# that are not there are ImportError, and fallbacks work.
import sys

for attempt in range(2):
    try:
        import failing_helper
    except ValueError as e:
        print("attempt", attempt, "ValueError:", e)
print("failing_helper" in sys.modules)

try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    import no_such_module_anywhere.sub
except ImportError as e:
    print(type(e).__name__, e)

try:
    import fast_json_lib as json_impl
except ImportError:
    json_impl = None
print(json_impl)

try:
    from mod_basic_helper import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).replace(__file__.rsplit("/", 1)[0], "<dir>"))


def inner():
    try:
        from no_such_module_anywhere import x
    except ImportError as e:
        return repr(e)


print(inner())
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
