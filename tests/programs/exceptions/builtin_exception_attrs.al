for a in [(), ('m',), ('m', ('f.py', 3, 4, 'txt')), ('m', ('f.py', 3, 4, 'txt', 3, 6)), ('m', ('/a/b/f.py', 3, 4, 'txt')), ('m', (None, 3, 4, None)), ('m', ('f', None, 1, 't')), (1, 2, 3), ('m', 'notatuple'), ('m', (1,2))]:
    try:
        e = SyntaxError(*a)
        print(repr(str(e)), e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.print_file_and_line, e.args)
    except Exception as x: print(type(x).__name__, x)
e = IndentationError('x'); e.lineno = 5; print(str(e)); e.filename='q.py'; print(str(e)); e.msg = 'new'; print(str(e), e.args)
print(repr(SyntaxError('m', ('f', 1, 2, 't'))), TabError.__mro__)
for a in [('ascii','aé',1,2,'r'), ('ascii','aéü',1,3,'r'), ('ascii','a\u1234',1,2,'r'), ('ascii','a\U0001f600',1,2,'r'), ('ascii','ab',1,1,'r'), ('ascii','ab',5,9,'r'), (1,'a',0,1,'r'), ('a',),('ascii','a','x',1,'r')]:
    try:
        e = UnicodeEncodeError(*a); print(repr(str(e)), e.start, e.end, e.encoding, e.object, e.reason, e.args)
    except Exception as x: print(type(x).__name__, x)
for a in [('aé',1,2,'r'), ('aéü',1,3,'bad'), ('a',0,1,5)]:
    try:
        e = UnicodeTranslateError(*a); print(repr(str(e)), e.start, e.end, e.encoding, e.object, e.reason)
    except Exception as x: print(type(x).__name__, x)
e = UnicodeEncodeError('ascii','aé',1,2,'r'); e.start = 0; e.reason='zz'; print(str(e)); e.end = 5; print(str(e))
print(repr(UnicodeEncodeError('ascii','aé',1,2,'r')))
for w in (UserWarning, DeprecationWarning, RuntimeWarning, FutureWarning, PendingDeprecationWarning, SyntaxWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning):
    print(w.__name__, w.__mro__[1].__name__, issubclass(w, Exception), repr(w('careful')))
class MySyntax(SyntaxError):
    def __init__(self, msg, where):
        super().__init__(msg, where)
m = MySyntax('oops', ('g.py', 9, 1, 'x'))
print(m, m.lineno, isinstance(m, SyntaxError))
try:
    raise TabError('inconsistent use of tabs', ('t.py', 2, 1, '\tx', 2, 2))
except IndentationError as e:
    print(type(e).__name__, e, e.text.strip())
e = SyntaxError('m', ('f.py', 3, 4, 'txt'))
del e.lineno
print(e, e.lineno)
del e.msg
print(repr(str(e)), e.msg)
u = UnicodeEncodeError('ascii', 'aé', 1, 2, 'r')
try:
    del u.start
except Exception as x:
    print(type(x).__name__, x)
print(u)
