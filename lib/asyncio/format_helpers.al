"""How asyncio shows callbacks and coroutines in reprs: a function's
qualified name, its arguments shortened as `reprlib` shortens them, and
where it is defined (`_coroutines.code_location`: alc has no code
objects)."""

import functools
import _coroutines


def _short(s, limit):
    # reprlib's cut of a long repr: the start and the end around '...'.
    if len(s) > limit:
        i = max(0, (limit - 3) // 2)
        j = max(0, limit - 3 - i)
        s = s[:i] + "..." + s[len(s) - j:]
    return s


def _short_repr(x, level=6):
    # reprlib.repr with its default limits, for the common types.
    if level <= 0 and isinstance(x, (list, tuple, dict, set, frozenset)):
        return "[...]" if isinstance(x, list) else "(...)" if isinstance(x, tuple) else "{...}"
    if type(x) is str:
        return _short(repr(x[:30]), 30)
    if type(x) is int:
        return _short(repr(x), 40)
    if type(x) is list or type(x) is tuple:
        parts = [_short_repr(v, level - 1) for v in x[:6]]
        if len(x) > 6:
            parts.append("...")
        if type(x) is tuple:
            if len(x) == 1:
                return "(" + parts[0] + ",)"
            return "(" + ", ".join(parts) + ")"
        return "[" + ", ".join(parts) + "]"
    if type(x) is dict:
        if not x:
            return "{}"
        parts = []
        for k in list(x)[:4]:
            parts.append(_short_repr(k, level - 1) + ": " + _short_repr(x[k], level - 1))
        if len(x) > 4:
            parts.append("...")
        return "{" + ", ".join(parts) + "}"
    try:
        s = repr(x)
    except Exception:
        return "<%s instance at %#x>" % (type(x).__name__, id(x))
    return _short(s, 20 if type(x) is float else 30)


def _format_args_and_kwargs(args, kwargs):
    items = []
    if args:
        items.extend(_short_repr(arg) for arg in args)
    if kwargs:
        items.extend(f"{k}={_short_repr(v)}" for k, v in kwargs.items())
    return "(" + ", ".join(items) + ")"


def _format_callback(func, args, kwargs, suffix=""):
    if isinstance(func, functools.partial):
        suffix = _format_args_and_kwargs(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix)
    if hasattr(func, "__qualname__") and func.__qualname__:
        name = func.__qualname__
    elif hasattr(func, "__name__") and func.__name__:
        name = func.__name__
    else:
        name = repr(func)
    return name + _format_args_and_kwargs(args, kwargs) + suffix


def _get_function_source(func):
    while hasattr(func, "__wrapped__"):
        func = func.__wrapped__
    if isinstance(func, functools.partial):
        return _get_function_source(func.func)
    if type(func) is type(_get_function_source):
        return _coroutines.code_location(func)
    return None


def _format_callback_source(func, args):
    func_repr = _format_callback(func, args, None)
    source = _get_function_source(func)
    if source:
        func_repr += f" at {source[0]}:{source[1]}"
    return func_repr


def _format_coroutine(coro):
    # A coroutine that has not finished shows where it is; alc knows the
    # line only before it starts (its def line), and shows that line.
    name = getattr(coro, "__qualname__", None) or getattr(coro, "__name__", None) \
        or type(coro).__name__
    name += "()"
    loc = _coroutines.code_location(coro)
    if loc is None:
        return name
    filename, lineno = loc
    if _coroutines.coroutine_state(coro) == "CLOSED":
        return f"{name} done, defined at {filename}:{lineno}"
    return f"{name} running at {filename}:{lineno}"
