import subprocess
print(subprocess.run(['cat'], input=b'bytes in', capture_output=True).stdout)
print(subprocess.run(['cat'], input='text in\n', capture_output=True, text=True).stdout)
print(subprocess.run(['cat'], input='a\r\nb\rc\n', stdout=subprocess.PIPE, universal_newlines=True).stdout)
big = b'x' * 300000
r = subprocess.run(['cat'], input=big, capture_output=True)
print(len(r.stdout), r.stdout == big)
print(subprocess.run(['wc', '-c'], input=b'12345', capture_output=True).stdout.strip())
try:
    subprocess.run(['cat'], input=b'x', stdin=subprocess.PIPE)
except ValueError as e:
    print(e)
try:
    subprocess.run(['cat'], capture_output=True, stdout=subprocess.PIPE)
except ValueError as e:
    print(e)
