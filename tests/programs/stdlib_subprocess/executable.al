import subprocess
print(subprocess.run(['whatever', '-c', 'echo $0'], executable='sh', capture_output=True).stdout)
print(subprocess.run('echo hi', shell=True, executable='/bin/sh', capture_output=True).stdout)
