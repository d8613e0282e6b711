# A generator passed straight to a builtin is closed when the builtin
# returns or raises (CPython's reference counting drops it then), so its
# finally block runs at that moment.
def numbers(tag, items):
    try:
        for x in items:
            yield x
    finally:
        print("finally", tag)


print(next(numbers("next", [1, 2, 3])))
print(any(numbers("any", [0, 5, 0])))
print(all(numbers("all", [1, 0, 1])))
print(sum(numbers("sum", [1, 2, 3])))
try:
    sum(numbers("sum-error", [1, "x", 3]))
except TypeError as e:
    print("TypeError:", e)
try:
    max(numbers("max-error", [1, None, 3]))
except TypeError as e:
    print("TypeError:", e)
print(sorted(numbers("sorted", [3, 1, 2])))
try:
    dict(numbers("dict", [(1, 2), 3]))
except TypeError as e:
    print("TypeError:", e)
print(next(numbers("next-default", []), "empty"))


def first_word(text):
    return next(numbers("in-function", text.split()))


print(first_word("hello big world"))
print("end")
