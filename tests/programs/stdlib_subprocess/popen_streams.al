import subprocess
with subprocess.Popen(['sh', '-c', 'echo line1; echo line2'], stdout=subprocess.PIPE) as p:
    print(p.stdin, p.stderr)
    for line in p.stdout:
        print(line)
print(p.returncode, p.stdout.closed)
with subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as p:
    p.stdin.write('abc\n')
    p.stdin.write('def\n')
    p.stdin.close()
    print(p.stdout.readline(), end='')
    print(p.stdout.read(), end='')
print(p.returncode)
p = subprocess.Popen(['tr', 'a-z', 'A-Z'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.write(b'shout')
p.stdin.close()
print(p.stdout.read())
p.stdout.close()
print(p.wait(), p.poll())
