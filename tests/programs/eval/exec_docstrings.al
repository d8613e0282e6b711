# A docstring at the top of exec'd code is stored as __doc__ in its locals
# (not in 'single' mode), as a module body's is.
ns = {}
exec('"""hi"""\nx = 1', ns)
print(ns.get('__doc__'))
ns = {}
exec('x = 1', ns)
print('__doc__' in ns)
ns = {}
exec(compile('"""hi"""\n', 's', 'single'), ns)
print('__doc__' in ns)
g = {}
l = {}
exec('"""hi"""\n', g, l)
print('__doc__' in g, '__doc__' in l)
