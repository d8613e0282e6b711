import subprocess
r = subprocess.run(['echo', 'hello', 'world'], capture_output=True)
print(r)
print(r.args, r.returncode, r.stdout, r.stderr)
r = subprocess.run(['sh', '-c', 'echo out; echo err >&2; exit 4'], capture_output=True, text=True)
print(repr(r))
print(subprocess.run(['true']))
print(subprocess.run(['false']).returncode)
