# An exception raised while handling another: both reports have carets.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return table["default"] + 1


print(lookup({"a": 1, "default": 0}, "a"))
print(lookup({"a": 1, "default": 0}, "b"))
lookup({"a": 1, "default": None}, "c")
