import codecs

print(codecs.getencoder("utf-8")("\u00e9"), codecs.getdecoder("latin-1")(b"\xe9"))
print(codecs.getencoder("utf-16-le")("ab"), codecs.getdecoder("utf-16")(b"\xff\xfeb\x00"))
print(codecs.getdecoder("utf-8")(b"\xe2\x82\xac", "strict"))
try:
    codecs.getencoder("nope")
except LookupError as e:
    print("LookupError", e)
