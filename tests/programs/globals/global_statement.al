# The global statement: assigning, augmenting and creating module globals from functions.
counter = 0
def increment():
    global counter
    counter += 1
    return counter

def reset(value):
    global counter
    counter = value

def create_new():
    global created_later
    created_later = "made inside a function"

print(increment(), increment(), counter)
reset(100)
print(counter, increment())
create_new()
print(created_later)
def multi():
    global a_glob, b_glob
    a_glob, b_glob = 1, 2
multi()
print(a_glob + b_glob)
items = []
def add(x):
    items.append(x)
add(1)
add(2)
print(items)
def shadow():
    counter = -1
    return counter
print(shadow(), counter)
