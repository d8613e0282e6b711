# Default values, keyword arguments, and the shared mutable default pitfall.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(punct=".", name="Di"))
print(greet("Ed", "Yo", "..."), greet(greeting="Hey", name="Flo"))

def append_to(x, acc=[]):
    acc.append(x)
    return acc

print(append_to(1), append_to(2), append_to(3, []), append_to(4))

def safe_append(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc

print(safe_append(1), safe_append(2))
counter = 10
def default_evaluated_once(v=counter * 2):
    return v
counter = 99
print(default_evaluated_once(), default_evaluated_once(5))

def power(base, exp=2, *, mod=None):
    r = base ** exp
    return r % mod if mod else r

print(power(3), power(3, 3), power(3, exp=4), power(2, 10, mod=1000))
