import atexit
def later():
    print("later")
def outer():
    print("outer")
    atexit.register(later)
atexit.register(outer)
