"""Importing modules by name at run time: `import_module`.

A module the program itself does not import is compiled when it is first
asked for (alc links its compiler into programs that name `__import__`,
as this module does).
"""


def import_module(name, package=None):
    """Import a module; a relative `name` (leading dots) is resolved
    against `package`."""
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError(
                "the 'package' argument is required to perform a relative "
                f"import for {name!r}"
            )
        while level < len(name) and name[level] == ".":
            level += 1
    rest = name[level:]
    if level:
        module = __import__(rest, {"__package__": package, "__name__": package}, None, ["__name__"], level)
    else:
        module = __import__(rest, None, None, ["__name__"], 0)
    return module
