# add_note and __notes__ (3.11): notes are listed after the exception line.
try:
    raise ValueError("bad")
except ValueError as e:
    e.add_note("first note")
    e.add_note("second\nline")
    print(e.__notes__)
    try:
        e.add_note(5)
    except TypeError as t:
        print("TypeError:", t)
e2 = KeyError("k")
print(hasattr(e2, "__notes__"))
e2.__notes__ = "notalist"
try:
    e2.add_note("x")
except TypeError as t:
    print("TypeError:", t)
class MyErr(Exception):
    pass
m = MyErr("mine")
m.add_note("on a subclass")
print(m.__notes__)
e3 = RuntimeError("final")
e3.add_note("shown in report")
e3.__notes__.append(42)
raise e3
