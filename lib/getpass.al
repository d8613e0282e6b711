"""`getpass.getuser`, as CPython's: the login name from the environment
(`LOGNAME`, `USER`, `LNAME`, `USERNAME`, the first that is set and not
empty), else the password database's name for the process's user id
(read from `/proc/self/status` and `/etc/passwd`, as alc has no `pwd`
module). `getpass` itself (reading a password from the terminal) is not
supported yet."""

import os


def getuser():
    """The login name of the user."""
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    uid = None
    with open('/proc/self/status') as f:
        for line in f:
            if line.startswith('Uid:'):
                uid = int(line.split()[1])
                break
    with open('/etc/passwd') as f:
        for line in f:
            fields = line.rstrip('\n').split(':')
            if len(fields) > 2 and fields[2] == str(uid):
                return fields[0]
    raise KeyError('getpwuid(): uid not found: %d' % uid)
