# State visible in handlers: variables assigned before the error, and exceptions as values.
errors = []
for d in [2, 0, 5]:
    result = None
    try:
        partial = "started"
        result = 10 // d
        partial = "finished"
    except ZeroDivisionError as e:
        errors.append(e)
    print(d, result, partial)
print(len(errors), type(errors[0]).__name__, errors[0].args)
saved = None
try:
    int("nope")
except ValueError as e:
    saved = e
print(type(saved).__name__, saved)
exc = KeyError("made")
try:
    raise exc
except KeyError as caught:
    print(caught is exc, caught)
def raiser(cls, msg):
    raise cls(msg)
for cls in (ValueError, IndexError):
    try:
        raiser(cls, "via function")
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
