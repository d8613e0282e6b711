# An uncaught ZeroDivisionError ends the program with status 1 after earlier output.
def ratio(a, b):
    return a / b

print("before")
print(ratio(1, 2))
print(ratio(1, 0))
print("never printed")
