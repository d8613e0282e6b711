import codecs

for name in ["BOM", "BOM_BE", "BOM_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_BE", "BOM_UTF16_LE",
             "BOM_UTF32", "BOM_UTF32_BE", "BOM_UTF32_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE"]:
    print(name, getattr(codecs, name))
print("x".encode("utf-16").startswith(codecs.BOM_UTF16))
