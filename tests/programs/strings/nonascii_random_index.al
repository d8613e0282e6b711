# Random access into long non-ASCII strings: indexes, slices and finds in
# any order agree with a walk from the start.
text = "".join(chr(0x61 + i % 26) if i % 3 else chr(0xe9 + i % 700) for i in range(5000))
text += "😀" * 300 + "€x" * 400
n = len(text)
j = 17
acc = 0
for step in range(4000):
    j = (j * 1103515245 + 12345) % n
    acc = (acc * 31 + ord(text[j])) % 1000003
print(n, acc)
for i in (n - 1, 0, 4999, 2500, 5299, 5300, n - 2, 1):
    print(i, hex(ord(text[i])), text[i - 3:i + 3] if i >= 3 else text[:4])
print(text[::-997])
print(text.find("€x€", 5000), text.find("😀€"), text.rfind("a", 0, 4000))
print(text[5295:5305], text[-5:], text[4998:5002])
print([text.index(c) for c in "zé😀€x"])
