# A traceback through functions defined by exec'd code names "<string>"
# and its lines, without source text.
src = """
def outer(n):
    return inner(n) + 1

def inner(n):
    return [1, 2, 3][n]
"""
ns = {}
exec(src, ns)
print(ns["outer"](1))
ns["outer"](10)
