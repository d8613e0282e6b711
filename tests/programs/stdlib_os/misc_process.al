import os


print(os.getpgrp() == os.getpgid(0), os.getsid(0) == os.getsid(os.getpid()))
print(isinstance(os.getgroups(), list), os.getresuid()[0] == os.getuid(), os.getresgid()[1] == os.getegid())
prio = os.getpriority(os.PRIO_PROCESS, 0)
print(os.nice(0) == prio)
os.sched_yield()
print(len(os.getrandom(16)), os.getrandom(0))
os.mkfifo("fifo")
print(os.stat("fifo").st_mode & 0o170000 == 0o010000)
try:
    os.mkfifo("fifo")
except FileExistsError as e:
    print(e)
fd = os.open("data", os.O_RDWR | os.O_CREAT)
print(os.pwrite(fd, b"hello world", 0), os.pwrite(fd, b"W", 6))
print(os.pread(fd, 5, 6), os.pread(fd, 100, 0), os.lseek(fd, 0, os.SEEK_CUR))
os.close(fd)
os.sync()
print(os.get_exec_path({"PATH": "/a:/b"}), os.get_exec_path({}), os.supports_bytes_environ)
print(os.device_encoding(os.open("data", os.O_RDONLY)))
try:
    os.ttyname(os.open("data", os.O_RDONLY))
except OSError as e:
    print(type(e).__name__, e)
try:
    os.killpg(999999, 0)
except ProcessLookupError as e:
    print(e)
