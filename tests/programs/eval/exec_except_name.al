# The name of an except clause at the top level of exec'd code (and a
# global one in its functions) is deleted from the namespace after the
# handler, also when the handler deleted it itself.
ns = {}
exec("try:\n    1/0\nexcept Exception as e:\n    n = 1", ns)
print("e" in ns)
try:
    1/0
except Exception as e2:
    pass
print("e2" in globals())
g = {}
l = {}
exec("try:\n    1/0\nexcept Exception as e:\n    n = 1", g, l)
print(sorted(l))
ns = {}
exec("try:\n    1/0\nexcept Exception as e:\n    del e\nprint(\"ok\")\ndef f():\n    global q\n    try:\n        1/0\n    except Exception as q:\n        pass\n    return \"q\" in globals()\nprint(f())", ns)
