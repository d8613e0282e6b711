# str.split / rsplit with and without separators and maxsplit, and str.join.
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print(s.split(None, 2))
print(s.rsplit(None, 2))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 2))
print("a,b,,c,".rsplit(",", 2))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1))
print("".split(), "".split(","), "   ".split(), ",".split(","))
print("abc".split("abc"), "abcabc".split("b"), "aaa".split("a"))
print("x y z".split(maxsplit=1), "x y z".rsplit(maxsplit=1), "x y z".split(sep=" ", maxsplit=0))
print("one two".split(" ", -1))
print("-".join(["a", "b", "c"]), "".join(["x", "y"]), ", ".join([]), "+".join("abc"))
print(" ".join(str(i) for i in range(5)), "|".join(("p", "q")))
print("\n".join(["line1", "line2"]))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
