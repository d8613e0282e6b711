import subprocess
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(p.args, p.returncode, type(p.pid).__name__, p.pid > 0)
out, err = p.communicate(b'data')
print(out, err, p.returncode)
print(p)
p = subprocess.Popen(['sh', '-c', 'cat; echo E >&2'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
print(p.communicate('text'))
p = subprocess.Popen(['echo', 'only'], stdout=subprocess.PIPE)
print(p.communicate())
p = subprocess.Popen(['sleep', '5'], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print("timeout", e.timeout)
p.kill()
print(p.communicate(), p.returncode)
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
try:
    p.communicate(b'x', timeout=0)
except subprocess.TimeoutExpired:
    pass
try:
    p.communicate(b'y')
except ValueError as e:
    print(e)
p.kill()
p.wait()
