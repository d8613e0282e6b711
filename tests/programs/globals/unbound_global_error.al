# NameError for globals that are never bound or deleted; UnboundLocalError for locals.
def use_missing():
    return missing_global + 1

try:
    use_missing()
except NameError as e:
    print("NameError:", e)
value = 1
del value
try:
    print(value)
except NameError as e:
    print("NameError:", e)
x = 10
def local_before_assign():
    print(x)
    x = 5
try:
    local_before_assign()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
except NameError as e:
    print("NameError (other):", e)
print(isinstance(UnboundLocalError("u"), NameError))
def declared_global_never_set():
    global never_set
    return never_set
try:
    declared_global_never_set()
except NameError as e:
    print("NameError:", e)
def cond_local(flag):
    if flag:
        y = "set"
    return y
print(cond_local(True))
try:
    cond_local(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
