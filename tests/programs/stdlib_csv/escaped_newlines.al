# Escaped carriage returns and newlines continue a record across lines.
import csv


def t(lines, **kw):
    try:
        print(repr(lines), list(csv.reader(lines, escapechar="\\", **kw)))
    except csv.Error as e:
        print(repr(lines), "Error", e)


t(["a\\\rb"])
t(["a\\\rb"], strict=True)
t(["a\\\r", "x"])
t(["a\\\rb", "c"])
t(["a\\\nb", "c"])
t(["a\\\n", "c"])
t(["a\\\r\n", "c"])
t(["\\\rb,c"])
t(["a\\\rb,c", "d"])
t(["b;", "'\\\ré", "a;"], strict=True)
t(['"x\\\ny"', "z"])
t(["a\\"], strict=True)
t(["a\\", "b"])
