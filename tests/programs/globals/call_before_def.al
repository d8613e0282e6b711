# Calling a function before its def statement runs raises NameError (uncaught here).
print("start")
result = scale_value(3)
def scale_value(n):
    return n * 2
print(result)
