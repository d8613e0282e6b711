# Bad `*` and `**` arguments are reported at the call.
def show(*args, **kwargs):
    print(args, kwargs)


show(*[1, 2], **{"a": 3})
try:
    show(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError:", e)
show(*None)
