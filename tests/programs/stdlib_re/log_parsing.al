import re
LOG = re.compile(r'(?P<ip>\d+\.\d+\.\d+\.\d+) - - \[(?P<date>[^\]]+)\] "(?P<method>\w+) (?P<path>\S+) HTTP/[\d.]+" (?P<status>\d{3}) (?P<size>\d+|-)')
lines = [
    '127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326',
    '10.0.0.2 - - [10/Oct/2000:13:56:01 -0700] "POST /form HTTP/1.1" 404 -',
    'garbage line',
]
for line in lines:
    m = LOG.match(line)
    if m:
        print(m.group("ip"), m.group("method", "path"), int(m["status"]), m.groupdict()["size"])
    else:
        print("no match:", line)
