import signal
import subprocess
p = subprocess.Popen(['sleep', '10'])
p.send_signal(signal.SIGUSR1)
print(p.wait())
try:
    subprocess.run(['sh', '-c', 'kill -TERM $$'], check=True)
except subprocess.CalledProcessError as e:
    print(e)
