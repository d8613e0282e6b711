# input() with a prompt writes the prompt to stdout; a final EOF raises EOFError uncaught.
a = input("first? ")
b = input("second? ")
print()
print("got", repr(a), repr(b))
c = input("third? ")
print("unreachable", c)
