# Expected compile error: SyntaxError: name 'counter' is used prior to global declaration at line 5, column 5 (1-based, as CPython reports it)
counter = 0
def bump():
    print(counter)
    global counter
    counter += 1
