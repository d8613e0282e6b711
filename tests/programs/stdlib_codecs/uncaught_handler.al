import codecs

def h(e):
    raise ValueError("handler refused " + e.reason)

codecs.register_error("refuse", h)
print("abc".encode("ascii", "refuse"))
print("ab\u00e9".encode("ascii", "refuse"))
