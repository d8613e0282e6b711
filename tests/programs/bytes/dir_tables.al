# The attribute tables of bytes, bytearray and memoryview.
# alc leaves out CPython's layout sizes and pickling names (docs/language.md).
NOT_YET = ('__alloc__', '__reduce__', '__reduce_ex__', '__sizeof__')
for t in (bytes, bytearray, memoryview):
    print([n for n in dir(t) if n not in NOT_YET])
print(bytes.find, bytes.__add__, bytes.maketrans(b'', b'')[:3])
print(bytearray.append, bytearray.__hash__, memoryview.format, memoryview.tobytes)
print(bytes.upper(b'x'), bytearray.pop(bytearray(b'ab')), bytes.__len__(b'abc'), b'a'.__add__(b'b'))
print(b'a'.__eq__(b'a'), b'a'.__eq__('a'), b'a'.__lt__(b'b'), b'ab'.__mul__(2), b'ab'.__rmul__(2))
print(b'%d'.__mod__(5), b'x'.__rmod__(5), b'ab'.__contains__(97), b'ab'.__getitem__(1))
print(b'x'.__bytes__(), b'x'.__getnewargs__(), b'ab'.__iter__().__next__(), b'x'.__hash__() == hash(b'x'))
a = bytearray(b'ab')
a.__setitem__(0, 65)
a.__delitem__(1)
a.__iadd__(b'!')
print(a, a.__imul__(2), a.__len__(), a.__repr__(), a.__str__())
print(hasattr(b'', 'append'), hasattr(bytearray(), 'append'), callable(bytes.decode))
print(bytes.__name__, bytearray.__qualname__, memoryview.__module__ if hasattr(memoryview, '__module__') else 'builtins')
try:
    bytes.upper('x')
except Exception as e:
    print(type(e).__name__, e)
try:
    b''.nope
except Exception as e:
    print(type(e).__name__, e)
