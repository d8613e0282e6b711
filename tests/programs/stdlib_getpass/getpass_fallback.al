import getpass
import io
import sys
import warnings

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    pw = getpass.getpass()
print(repr(pw), [(x.category.__name__, str(x.message)) for x in w])
buf = io.StringIO()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    pw = getpass.getpass("PIN: ", stream=buf)
print(repr(pw), repr(buf.getvalue()), len(w))
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    try:
        getpass.getpass("again: ", buf)
    except EOFError:
        print("EOFError", repr(buf.getvalue()[-9:]))
print(issubclass(getpass.GetPassWarning, UserWarning), getpass.GetPassWarning.__module__)
