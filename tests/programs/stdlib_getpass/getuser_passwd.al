import getpass
import os
for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
    os.environ.pop(name, None)
name = getpass.getuser()
print(type(name).__name__, len(name) > 0)
