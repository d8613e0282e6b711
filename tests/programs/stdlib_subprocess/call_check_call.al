import subprocess
print(subprocess.call(['true']), subprocess.call(['false']), subprocess.call('exit 9', shell=True))
print(subprocess.check_call(['true']))
try:
    subprocess.check_call(['sh', '-c', 'exit 3'])
except subprocess.CalledProcessError as e:
    print(e, e.returncode, e.cmd)
try:
    subprocess.check_call(args=['false'])
except subprocess.CalledProcessError as e:
    print(e)
print(subprocess.getoutput('echo a; echo b >&2'))
print(subprocess.getstatusoutput('echo fail; exit 3'))
print(subprocess.getstatusoutput('true'))
