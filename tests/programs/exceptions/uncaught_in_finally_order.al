# finally blocks run (and print) before an uncaught exception terminates the program.
def f():
    try:
        print("in try")
        [1, 2, 3][10]
    finally:
        print("in finally")

try:
    f()
finally:
    print("outer finally")
