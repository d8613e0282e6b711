import subprocess
e = subprocess.TimeoutExpired(['x'], 1.5, output=b'o', stderr=b'e')
print(e, e.stdout, e.output, e.stderr)
e.stdout = b'new'
print(e.output)
e = subprocess.CalledProcessError(2, 'cmd', 'out', 'err')
print(e, e.stdout, e.stderr, e.args)
e.stdout = 'x'
print(e.output)
print(subprocess.CalledProcessError.__mro__[1:])
print(issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError))
try:
    raise subprocess.CalledProcessError(1, ['a', 'b'])
except subprocess.SubprocessError as e:
    print("caught", e)
