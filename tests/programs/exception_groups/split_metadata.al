# Parts made by split/subgroup keep the traceback, cause, context and a copy of the notes.
def make():
    try:
        raise OSError("ctx")
    except OSError:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)]) from KeyError("cause")
        except ExceptionGroup as e:
            return e


eg = make()
eg.add_note("note one")
m, r = eg.split(ValueError)
for part in (m, r):
    print(repr(part))
    print(" cause:", repr(part.__cause__), part.__cause__ is eg.__cause__)
    print(" context:", repr(part.__context__), part.__context__ is eg.__context__)
    print(" suppress:", part.__suppress_context__)
    print(" notes:", part.__notes__, part.__notes__ is eg.__notes__)
    print(" tb line:", part.__traceback__.tb_lineno)
plain = ExceptionGroup("plain", [ValueError(1), TypeError(2)])
m = plain.subgroup(ValueError)
print(m.__traceback__, m.__cause__, m.__context__, m.__suppress_context__)
print(hasattr(m, "__notes__"))
plain.__notes__ = ("tuple", "notes")
m = plain.subgroup(ValueError)
print(m.__notes__, type(m.__notes__).__name__)
plain.__notes__ = 42
m = plain.subgroup(ValueError)
print(hasattr(m, "__notes__"))
