# eval and exec need a compiler at run time, which alc does not embed yet.
source = "1 + 2"
print(eval(source))
