# ValueError and TypeError messages from unpacking, exactly as CPython words them.
def attempt(n):
    if n == 0:
        a, b = [1, 2, 3]
    elif n == 1:
        a, b, c = [1, 2]
    elif n == 2:
        a, b = 1
    elif n == 3:
        a, *b, c = [1]
    elif n == 4:
        a, b = "xyz"
    elif n == 5:
        a, b = ()
    elif n == 6:
        (a, b), c = [1, 2, 3], 3
    elif n == 7:
        a, b = {"only": 1}
    elif n == 8:
        a, b = None
for n in range(9):
    try:
        attempt(n)
        print(n, "ok")
    except (ValueError, TypeError) as e:
        print(n, type(e).__name__ + ":", e)
