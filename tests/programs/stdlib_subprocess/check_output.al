import subprocess
print(subprocess.check_output(['echo', 'hi']))
print(subprocess.check_output(['echo', 'hi'], text=True))
print(subprocess.check_output(['sh', '-c', 'echo x; echo y >&2'], stderr=subprocess.STDOUT))
print(subprocess.check_output(['cat'], input=b'in'))
print(subprocess.check_output(['cat'], input=None))
print(repr(subprocess.check_output(['cat'], input=None, text=True)))
try:
    subprocess.check_output(['sh', '-c', 'echo got; exit 3'])
except subprocess.CalledProcessError as e:
    print(e, e.output)
try:
    subprocess.check_output(['true'], stdout=subprocess.PIPE)
except ValueError as e:
    print(e)
