# An uncaught NameError for a misspelled name, with CPython's suggestion.
counter = 5
def show():
    print("counter is", counter)
    print("other is", countr)

show()
