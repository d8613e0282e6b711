# Unicode strings: lengths in code points, indexing, ord/chr, and methods.
s = "héllo wörld — 日本語 🎉!"
print(s, len(s), s[1], s[-2], s[13:16], s[::-1])
print([ord(c) for c in "aé日🎉"], chr(233), chr(26085), chr(127881), chr(0x1F600))
print(s.upper(), s.find("日"), s.index("🎉"), "🎉" in s, s.count("l"))
print("ß".upper(), "Straße".lower(), len("ß".upper()))
mixed = "a" + "é" + "日" + "🎉"
print(mixed, len(mixed), mixed * 2, mixed[::-1], mixed[1:3])
print(repr("tab\there"), repr("日本"), repr("🎉"), repr("\u200b"), repr("\x7f"), repr("é\n"))
print(sorted("日本語abcé"), max("aé日"), min("日本語"))
print("–".join(["a", "b"]), "日本語".center(9, "·"))
print("ñ" < "o", "z" < "é", "Z" < "a", "日" > "本")
