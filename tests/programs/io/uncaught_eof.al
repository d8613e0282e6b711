# input() with stdin at its end raises EOFError; uncaught, it ends the
# program with CPython's report.
print("reading a name")
name = input("name? ")
print("hello", name)
