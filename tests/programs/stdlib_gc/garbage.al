import gc

print(gc.garbage, type(gc.garbage).__name__)
gc.collect()
print(gc.garbage)
print(gc.__name__)
names = {"collect", "enable", "disable", "isenabled", "is_tracked", "garbage"}
print(sorted(n for n in names if hasattr(gc, n)))
