# Errors of loads on bad input, with CPython's messages.
import pickle

bad = [b"", b"\x80\x07.", b"\xff", b"K", b"K\x01", b"h\x05.", b"a.", b"0.", b"(t0.", b"1.",
       b"\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00N.", b"X\x05\x00\x00\x00ab", b"S'unquoted\n.",
       b"(K\x01d.", b"\x8c\x01a\x8c\x01b\x86\x93.", b"K\x01K\x02\x93.", b"Q.", b"P1\n.",
       b"]K\x01e.", b"}K\x01s.", b"\x8b\xff\xff\xff\xff.", b"\x82\x00.", b"\x82\x05.", b"K\x01\x85\x81."]
for data in bad:
    try:
        print(pickle.loads(data))
    except Exception as e:
        print(data, type(e).__name__, e)
try:
    pickle.loads("text")
except TypeError as e:
    print("TypeError:", e)
