import codecs

enc = UnicodeEncodeError("ascii", "a\u00e9\u20acb", 1, 3, "bad")
dec = UnicodeDecodeError("utf-8", b"a\xff\xfeb", 1, 3, "bad")
for name in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
    h = codecs.lookup_error(name)
    print(name, h.__name__)
    for e in (enc, dec):
        try:
            print("  ", h(e))
        except Exception as ex:
            print("  ", type(ex).__name__, ex)
try:
    codecs.strict_errors(enc)
except UnicodeEncodeError as e:
    print("raised", e)
try:
    codecs.strict_errors(1)
except TypeError as e:
    print("TypeError", e)
print(codecs.surrogateescape_errors if False else codecs.lookup_error("surrogateescape").__name__)
print(codecs.lookup_error("surrogateescape")(UnicodeDecodeError("utf-8", b"a\x80\x81", 1, 3, "bad")))
print(codecs.replace_errors(UnicodeTranslateError("ab", 0, 2, "bad")))
