import re
try:
    re.compile("a\n(b")
except re.error as e:
    print(e)
    print(e.msg, e.pos, e.lineno, e.colno, repr(e.pattern))
try:
    re.compile(b"ab\nc\n)")
except re.error as e:
    print(e, e.lineno, e.colno)
e = re.error("boom", "ab\ncd", 4)
print(e, e.args, e.lineno, e.colno)
e = re.error("plain")
print(e, e.pos, e.lineno)
print(re.error.__mro__, re.error.__module__)
print(issubclass(re.error, Exception))
