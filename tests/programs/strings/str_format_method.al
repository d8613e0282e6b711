# str.format used as a method of string literals and variables.
tmpl = "{} + {} = {}"
print(tmpl.format(1, 2, 3))
print("{0}{1}{0}".format("ab", "cd"), "{name} is {age}".format(name="Ann", age=30))
print("{:>6}|{:<6}|{:^6}".format("r", "l", "c"), "{:08.3f}".format(3.14159))
print("{0[1]} {0[0]} {1[k]}".format(["x", "y"], {"k": "v"}))
print("{{literal}} {}".format("braces"), "{!r} {!s}".format("q", "q"))
rows = [("apple", 3, 0.5), ("kiwi", 12, 0.25), ("watermelon", 1, 3.0)]
for r in rows:
    print("{:<12}{:>4}{:>8.2f}".format(*r))
