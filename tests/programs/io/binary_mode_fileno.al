# A binary file says its mode as FileIO does; fileno() and isatty().
import os
for m in ['wb','ab','r+b','w+b','a+b','rb+','br','b+r','rb']:
    f = open('mm.bin', m)
    print(m, f.mode, f.fileno() > 2, f.isatty())
    f.close()
os.remove('mm.bin')
for m in ['xb', 'x+b']:
    f = open('mm.bin', m)
    print(m, f.mode)
    f.close()
    os.remove('mm.bin')
try:
    f.fileno()
except ValueError as e:
    print(e)
import sys
print(sys.stdout.buffer.fileno(), sys.stderr.buffer.fileno())
