# A naked exception that a clause re-raises leaves as a group with message ''.
try:
    x = [1, 2, 3]
    x[10]
except* IndexError:
    print("handling")
    raise
