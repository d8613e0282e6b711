import codecs

for n in ["utf-8", "UTF8", "utf_8", "U8", "latin-1", "Latin1", "iso-8859-1", "ascii", "US-ASCII",
          "utf-16", "UTF-16LE", "utf_16_be", "utf-32", "utf-32-le", "utf-32BE", "utf-8-sig", "UTF_8_SIG"]:
    info = codecs.lookup(n)
    print(n, info.name, type(info).__name__, len(info), info._is_text_encoding,
          info.incrementalencoder.__name__, info.incrementaldecoder.__name__)
print(codecs.lookup("utf-8") is codecs.lookup("utf-8"))
print(codecs.lookup("utf-8").encode)
print(isinstance(codecs.lookup("ascii"), tuple))
