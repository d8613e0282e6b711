# Assignment anywhere in a function makes a name local for the whole function.
x = "global"
def reads():
    return x
def assigns():
    x = "local"
    return x
def both():
    y = x + "!"
    return y
print(reads(), assigns(), both(), x)
def loop_local():
    for x in range(2):
        pass
    return x
print(loop_local(), x)
def param_shadows(x):
    x = x * 2
    return x
print(param_shadows(4), x)
def augmented_local():
    try:
        x += "?"
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(augmented_local())
