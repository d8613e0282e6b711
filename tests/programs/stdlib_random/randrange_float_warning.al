# randrange with integral floats works with CPython's DeprecationWarning
# at the caller (shown: the caller is __main__); the program ends with an
# uncaught exception so stderr is compared.
import random

random.seed(3)
print(random.randrange(10.0))
print(random.randrange(2, 10.0))
for i in range(2):
    print(random.randrange(1, 20, 2.0))
print(random.randint(1, 6))
raise KeyError("end")
