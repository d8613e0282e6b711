# A bound method reads every attribute but its own from its function.
class A:
  def f(self): pass
A.f.y = 1
print(A().f.y)
try: A().f.x
except AttributeError as e: print(e)
try: A().f.x = 1
except AttributeError as e: print(e)
print(A().f.__dict__, A().f.__defaults__, A().f.__name__, A().f.__qualname__, A().f.__module__)
print(hasattr(A().f, '__wrapped__'), getattr(A().f, 'zz', 5))
