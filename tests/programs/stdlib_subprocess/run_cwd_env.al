import os
import subprocess
d = '/tmp/alc_sp_cwd_%d' % os.getpid()
os.mkdir(d)
try:
    r = subprocess.run(['pwd'], cwd=d, capture_output=True, text=True)
    print(r.stdout.strip() == d)
    r = subprocess.run(['sh', '-c', 'echo "$A-$B"'], env={'A': '1', 'B': 'two'}, capture_output=True, text=True)
    print(r.stdout)
    r = subprocess.run(['sh', '-c', 'echo "[$HOME]"'], env={}, capture_output=True)
    print(r.stdout)
    r = subprocess.run('echo $0; echo "$V"', shell=True, env={'V': 'shell'}, capture_output=True, text=True)
    print(r.stdout)
    r = subprocess.run(['sh', '-c', 'ls'], cwd=d.encode(), capture_output=True)
    print(r.stdout)
finally:
    os.rmdir(d)
