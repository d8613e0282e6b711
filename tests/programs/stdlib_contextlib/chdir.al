import os
from contextlib import chdir

start = os.getcwd()
with chdir("/") as v:
    print(v, os.getcwd())
print(os.getcwd() == start)

c = chdir("/tmp")
with c:
    print(os.path.realpath(os.getcwd()) == os.path.realpath("/tmp"))
    with chdir("/"):
        print(os.getcwd())
    with c:
        print(os.path.realpath(os.getcwd()) == os.path.realpath("/tmp"))
    print(os.path.realpath(os.getcwd()) == os.path.realpath("/tmp"))
print(os.getcwd() == start)

try:
    with chdir("/no/such/dir/here"):
        print("never")
except FileNotFoundError as e:
    print(e)
print(os.getcwd() == start)

try:
    with chdir("/"):
        raise ValueError("inside")
except ValueError:
    print("back", os.getcwd() == start)
print(c.path)
