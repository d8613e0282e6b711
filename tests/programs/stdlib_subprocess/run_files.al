import os
import subprocess
d = '/tmp/alc_sp_files_%d' % os.getpid()
os.mkdir(d)
try:
    out = os.path.join(d, 'out.txt')
    with open(out, 'w') as f:
        subprocess.run(['sh', '-c', 'echo to file; echo err >&2'], stdout=f, stderr=subprocess.STDOUT)
    with open(out) as f:
        print(repr(f.read()))
    with open(out, 'rb') as f:
        print(subprocess.run(['tr', 'a-z', 'A-Z'], stdin=f, capture_output=True).stdout)
    with open(out, 'ab') as f:
        subprocess.run(['echo', 'appended'], stdout=f)
    with open(out) as f:
        print(f.read().splitlines())
finally:
    for name in os.listdir(d):
        os.remove(os.path.join(d, name))
    os.rmdir(d)
