import atexit
try:
    atexit.register(5)
except TypeError as e:
    print(e)
try:
    atexit.register()
except TypeError as e:
    print(type(e).__name__)
atexit.unregister(len)
print("ok")
