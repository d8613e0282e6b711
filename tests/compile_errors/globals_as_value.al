g = globals
print(g() is globals())
