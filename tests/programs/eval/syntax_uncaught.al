# An uncaught SyntaxError from exec is reported with the source line and
# a caret under the error, as CPython reports it.
def load(src):
    exec(src)


load("x = 1\nif x:\n    y = x +* 2\n")
