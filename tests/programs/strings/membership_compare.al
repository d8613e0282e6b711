# `in`, comparisons and repetition of strings.
s = "hello world"
print("lo w" in s, "low" in s, "" in s, "" in "", "h" not in s, "world" in s)
print("abc" < "abd", "abc" < "ab", "" < "a", "B" < "a", "a" < "B", "abc" == "abc", "a" != "A")
print("apple" <= "apple", "apple" >= "apples", "Zebra" < "apple", "10" < "9", "a" * 3 > "aa")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana", "10", "9", ""]))
print("ab" * 3, "ab" * 0, "ab" * -2, 3 * "x", "-" * 20)
print(max(["pear", "fig", "plum"]), min(["pear", "fig", "plum"]), max("hello"))
line = "=" * 5 + ">" + " " * 3 + "<" + "=" * 5
print(line, len(line))
x = "ab"
x *= 3
x += "!"
print(x)
print(("a" < "b") < ("b" < "a"), "abc" < "abc\x00")
try:
    print("a" < 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print("a" + 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print(1 in "abc")
except TypeError as e:
    print("TypeError:", e)
