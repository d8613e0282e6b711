import atexit
def say(*args, **kwargs):
    print("say", args, sorted(kwargs.items()))
atexit.register(say, 1)
atexit.register(say, 2, key='v')
atexit.register(say)
print(atexit.register(say, 3) is say)
print("main done")
