import codecs

for name in ["cp1252", "windows-1252", "cp437", "IBM437", "latin9", "iso-8859-15", "iso8859_2",
             "koi8-r", "koi8_u", "mac-roman", "macroman", "cp850", "cp866", "cp1251", "greek",
             "hebrew", "cp037", "ebcdic-cp-us", "tis-620", "l2", "cyrillic", "hp_roman8"]:
    print(name, codecs.lookup(name).name)
text = "Grüße, € 10 «ok»"
for enc in ["cp1252", "iso8859-15", "mac_roman"]:
    data = text.encode(enc)
    print(enc, data, data.decode(enc) == text)
print("Привет".encode("koi8-r"), "Привет".encode("cp1251"), "Привет".encode("cp866"))
print(bytes(range(176, 184)).decode("cp437"))
print("Hello".encode("cp037"), b"\xc8\x85\x93\x93\x96".decode("cp500"))
print(codecs.encode("ä", "cp850"), codecs.decode(b"\x84", "cp850"))
for bad in ["latin-9", "cp-1252", "cp99999"]:
    try:
        codecs.lookup(bad)
    except LookupError as e:
        print(e)
