import subprocess
for bad in [[1, 2], ['echo', None]]:
    try:
        subprocess.run(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    subprocess.run([])
except IndexError as e:
    print(type(e).__name__, e)
try:
    subprocess.run(['echo', 'a\0b'])
except ValueError as e:
    print(e)
try:
    subprocess.Popen(['true'], text=True, universal_newlines=False)
except subprocess.SubprocessError as e:
    print(e)
try:
    subprocess.Popen(['true'], bufsize='x')
except TypeError as e:
    print(e)
print(subprocess.run([b'echo', b'bytes'], capture_output=True).stdout)
print(subprocess.run(['echo', 'caf\u00e9'], capture_output=True).stdout)
