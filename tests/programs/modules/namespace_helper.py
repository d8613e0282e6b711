def f():
    return "f"
def g():
    return "g"
def call():
    return f()
X = 1
