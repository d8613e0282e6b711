import subprocess
r = subprocess.run(['sh', '-c', 'kill -9 $$'])
print(r.returncode)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(e)
e = subprocess.CalledProcessError(-55, ['x'])
print(e)
print(subprocess.CalledProcessError(-15, 'cmd'))
