# upper/lower/title/capitalize/swapcase and casefold-free case tests.
words = ["hello", "WORLD", "mIxEd CaSe", "they're bill's friends", "ß straße", "élan vital", "123abc", "", "a1b2 c3d"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase())
print("hello world".title(), "HELLO WORLD".capitalize(), "o'neil mc-donald".title())
print("ǅungla".upper(), "ǅungla".lower(), "İ".lower() == "i̇", len("İ".lower()))
print("ΣΑΣ".lower(), "σας".upper(), "ﬁne".upper())
