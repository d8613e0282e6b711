# A failing assert with a message ends the program.
def check(xs):
    assert all(x > 0 for x in xs), f"non-positive value in {xs}"
    return sum(xs)

print(check([1, 2, 3]))
print(check([1, -2, 3]))
