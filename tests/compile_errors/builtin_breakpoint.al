# breakpoint() would enter pdb, which alc does not provide (use gdb and -g).
x = 1
breakpoint()
print(x)
