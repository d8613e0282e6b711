import os

for status in [0, 256, 9, 0x86, 0x137f, 0xffff, 0x7f00]:
    print(status, os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status),
          os.WTERMSIG(status), os.WCOREDUMP(status), os.WIFSTOPPED(status),
          os.WSTOPSIG(status), os.WIFCONTINUED(status))
for status in [256, 9, 0x137f]:
    try:
        print(os.waitstatus_to_exitcode(status))
    except ValueError as e:
        print(e)
print(os.major(0x10302), os.minor(0x10302), os.makedev(1, 2), os.major(2 ** 40),
      os.makedev(300, 70000), os.minor(os.makedev(300, 70000)), os.major(os.makedev(300, 70000)))
try:
    os.waitpid(-1, os.WNOHANG)
except ChildProcessError as e:
    print(type(e).__name__, e)
try:
    os.wait()
except ChildProcessError as e:
    print(e)
