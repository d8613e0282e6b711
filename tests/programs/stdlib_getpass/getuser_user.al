import getpass
import os
for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
    os.environ.pop(name, None)
os.environ['USERNAME'] = 'from-username'
print(getpass.getuser())
os.environ['LNAME'] = 'from-lname'
print(getpass.getuser())
os.environ['LOGNAME'] = ''
print(getpass.getuser())
