# format_exception_only and format_exception keep a multi-line message
# in one string (doctest compares the last one), a SyntaxError's lines
# each alone, and each line of the notes alone.
import traceback

e = ValueError("a\nb")
e.add_note("n1\nn2")
e.add_note("n3")
print(traceback.format_exception_only(e))
print(traceback.format_exception_only(ValueError, ValueError("x\ny")))
try:
    compile("x = = 1", "<s>", "exec")
except SyntaxError as s:
    print(traceback.format_exception_only(s))


class Multi(Exception):
    def __str__(self):
        return "l1\nl2"


print(traceback.format_exception_only(Multi()))
try:
    try:
        raise ValueError("m\nn")
    except ValueError:
        raise Multi()
except Multi as m:
    print([line.replace(__file__, "<file>") for line in traceback.format_exception(m)])
    print([line.replace(__file__, "<file>")
           for line in traceback.format_exception(type(m), m, m.__traceback__, limit=1)])
