# An uncaught OSError from a system call: CPython's report.
import os

print(os.path.exists("_alc_os_no_such_dir"))
os.rmdir("_alc_os_no_such_dir")
