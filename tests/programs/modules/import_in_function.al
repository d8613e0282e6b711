# Imports inside functions: they bind local names, run the module only on the
# first call, `import a.b` binds `a`, a local import shadows a global of the
# same name, and reading the name before the import line is an
# UnboundLocalError.
print("program start")


def load():
    import lazy_helper
    return lazy_helper.compute(4)


def load_as():
    from lazy_helper import compute as c, CONSTANT
    return c(CONSTANT)


def load_package():
    import lazy_pkg.tools
    return lazy_pkg.tools.tool(), lazy_pkg.__name__


json = "the global json"


def shadow():
    import json
    return json.dumps({"k": [1, 2]})


def too_early():
    print(lazy_helper)
    import lazy_helper


def make_global():
    global lazy_helper
    import lazy_helper


print(load())
print(load(), load_as())
print(load_package())
print(shadow(), json)
try:
    too_early()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    lazy_helper
except NameError as e:
    print("NameError:", e)
make_global()
print(lazy_helper.compute(1), lazy_helper.loads)
print([load() for _ in range(3)])
