import subprocess
print(subprocess.run('echo one two | tr o 0', shell=True, capture_output=True, text=True).stdout, end='')
print(subprocess.run('exit 5', shell=True).returncode)
r = subprocess.run(['echo $((2 + 3))'], shell=True, capture_output=True)
print(r)
print(subprocess.run('printf "%s|" a b', shell=True, capture_output=True).stdout)
