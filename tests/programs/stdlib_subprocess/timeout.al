import subprocess
try:
    subprocess.run(['sleep', '5'], timeout=0.2, capture_output=True)
except subprocess.TimeoutExpired as e:
    print(e)
    print(repr(e), e.cmd, e.timeout, e.output, e.stdout, e.stderr)
try:
    subprocess.run(['sh', '-c', 'echo early; sleep 5'], timeout=0.5, capture_output=True)
except subprocess.TimeoutExpired as e:
    print(e.stdout, e.stderr)
p = subprocess.Popen(['sleep', '5'])
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(e)
p.kill()
print(p.wait())
print(subprocess.run(['true'], timeout=5).returncode)
