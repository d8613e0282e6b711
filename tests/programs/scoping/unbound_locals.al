def f(flag):
    if flag:
        x = 1
    try:
        print(x)
    except UnboundLocalError as e:
        print("ULE", e)
    for i in range(2):
        if i == 1:
            print(y)
        y = i
    z = 5
    print(z)
    for q in []:
        pass
    try:
        print(q)
    except UnboundLocalError as e:
        print("ULE", e)
def g():
    print([w for _ in range(1)])
    w = 1
def h():
    a = 1
    del a
    try:
        print(a)
    except UnboundLocalError as e:
        print("ULE", e)
f(False)
try:
    g()
except NameError as e:
    print(type(e).__name__, e)
h()
