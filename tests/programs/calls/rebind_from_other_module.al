# Another module's function rebound by an attribute store on the module
# object: calls inside that module, recursive ones included, see it.
import calls_rebind_target as t

print(t.chain(4), t.run())
old = t.step
t.step = lambda n: 100 + n
print(t.chain(4), t.run(), old(3))
t.step = old
print(t.chain(4))
del t.step
try:
    t.run()
except NameError as e:
    print("NameError:", e)
