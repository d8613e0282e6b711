import gc

n = gc.collect()
print(type(n).__name__, n >= 0)
print(type(gc.collect(0)).__name__, type(gc.collect(1)).__name__, type(gc.collect(2)).__name__)
print(gc.collect(generation=2) >= 0, gc.collect(True) >= 0)
