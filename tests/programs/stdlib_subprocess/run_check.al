import subprocess
try:
    subprocess.run(['false'], check=True)
except subprocess.CalledProcessError as e:
    print(str(e))
    print(repr(e), e.args, e.returncode, e.cmd, e.output, e.stdout, e.stderr)
    print(isinstance(e, subprocess.SubprocessError))
try:
    subprocess.run(['sh', '-c', 'echo partial; exit 7'], check=True, stdout=subprocess.PIPE)
except subprocess.CalledProcessError as e:
    print(e, e.stdout)
r = subprocess.run(['sh', '-c', 'exit 2'])
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(e)
print(subprocess.run(['true']).check_returncode())
