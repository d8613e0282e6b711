# del of local names, rebinding after del, and del of globals inside functions.
def f():
    a = 1
    del a
    try:
        return a
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
def g():
    b = [1]
    del b
    b = "rebound"
    return b
print(g())
gv = "here"
def remove_global():
    global gv
    del gv
remove_global()
try:
    print(gv)
except NameError as e:
    print("NameError:", e)
def del_closure_var():
    c = 5
    def get():
        return c
    del c
    try:
        return get()
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(del_closure_var())
