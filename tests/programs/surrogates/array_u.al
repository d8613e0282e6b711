# 'u' arrays hold lone surrogates like str does.
import array
a = array.array('u', 'a\ud800b')
print(ascii(a.tounicode()), len(a), ascii(a[1]), a.tobytes())
b = array.array('u')
b.frombytes(b'\x00\xdc\x00\x00\x80\xdc\x00\x00')
print(ascii(b.tounicode()), ascii(b.tolist()), ascii(repr(b)))
b.append('\udfff')
print(b.tobytes().hex(), ascii(b.pop()))
