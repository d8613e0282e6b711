import csv


def delim(sample, attr="delimiter"):
    try:
        return repr(getattr(csv.Sniffer().sniff(sample), attr))
    except csv.Error as e:
        return "Error: %s" % e


lines = ["%d,%d;%d" % (i, i * 2, i * 3) for i in range(25)]
print(delim("\n".join(lines)))
lines = ["a b:c d"] + ["%d %d:%d" % (i, i, i) for i in range(30)]
print(delim("\n".join(lines)))
print(delim("a-b-c\n1-2-3\nx-y\n4-5-6\n7-8-9\n"))
print(delim("a-b-c\n1-2-3\n4-5-6\n7-8-9\n"))
print(delim("a#b\nc#d\n"))
print(delim("a , b , c\n1 , 2 , 3\n", "skipinitialspace"))
print(delim("a, b,c\n1, 2,3\n", "skipinitialspace"))
print(delim("'a'\n'b'\n"))
print(delim("\n".join("x/y+z" for _ in range(12)) + "\nq/r\n"))
print(delim("".join("%d^%d\n" % (i, i) for i in range(40))))
