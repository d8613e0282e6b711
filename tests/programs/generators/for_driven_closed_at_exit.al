# A generator advanced only by for loops (which resume it directly) and
# left suspended inside try/finally is still closed when the program ends.
def numbers():
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("closed at exit")


keep = numbers()
for x in keep:
    print(x)
    break
for x in keep:
    print(x)
    break
print("end of program")
