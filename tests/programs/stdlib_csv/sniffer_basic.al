import csv

samples = [
    "a,b,c\n1,2,3\n4,5,6\n",
    "a;b;c\n1;2;3\n4;5;6\n",
    "a\tb\tc\n1\t2\t3\n",
    "name|age\nbob|3\namy|4\n",
    "x: y: z\n1: 2: 3\n",
    'a, "b c", d\n1, "2, 3", 4\n',
    "'x','y'\n'1','2'\n",
    '"a","b""c"\n"1","2"\n',
    "one two three\nfour five six\n",
]
for s in samples:
    d = csv.Sniffer().sniff(s)
    print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace,
          repr(d.lineterminator), d.quoting, d.escapechar, d._name)
