import atexit
def cleanup():
    print("cleanup ran")
atexit.register(cleanup)
print("before")
raise KeyError('k')
