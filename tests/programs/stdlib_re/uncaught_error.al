import re
print("before")
try:
    re.compile("(?P<n>a)(?P<n>b)")
except re.error as e:
    err = e
raise re.error(err.msg, err.pattern, err.pos)
