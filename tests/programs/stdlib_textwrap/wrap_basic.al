import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five "
        "dozen liquor jugs!  How vexingly quick daft zebras jump.")
for width in (10, 20, 33, 70):
    print(width, textwrap.wrap(text, width))
    print(textwrap.fill(text, width))
print(textwrap.wrap(""))
print(textwrap.wrap("   "))
print(textwrap.wrap("a\tb\tc", 8))
print(textwrap.wrap("one\ntwo\n\nthree", 6))
print(textwrap.fill("x" * 25, 10))
print(textwrap.wrap("supercalifragilistic", 5, break_long_words=False))
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.wrap("abc", -3)
except ValueError as e:
    print("ValueError:", e)
