import csv


def tryit(f, *a):
    try:
        return f(*a)
    except csv.Error as e:
        return "Error: %s" % e


samples = [
    "name,age,city\nbob,30,paris\namy,25,rome\n",
    "1,2,3\n4,5,6\n7,8,9\n",
    "id,value\n1,10.5\n2,11.25\n3,1e3\n",
    "code,label\nab,xy\ncd,zw\n",
    "ab,xy\ncd,zw\nef,gh\n",
    "h1;h2\n1;2\n3;4\n",
    "a,b\n1,2,3\n4,5\n",
    '"Name","Score"\n"x",1\n"y",2\n',
]
s = csv.Sniffer()
for sample in samples:
    print(tryit(s.has_header, sample))
