import csv

for s in ["", "abc\ndef\n", "a,b\n1,2\n"]:
    try:
        d = csv.Sniffer().sniff(s, delimiters=";")
        print(repr(d.delimiter))
    except csv.Error as e:
        print("Error:", e)
try:
    csv.Sniffer().sniff("x")
except csv.Error as e:
    print("Error:", e)
print(csv.Sniffer().sniff("a:b,c\n1:2,3\n", delimiters=":").delimiter)
print(csv.Sniffer().preferred)
sn = csv.Sniffer()
sn.preferred = [";"]
print(repr(sn.sniff("a;b,c\n1;2,3\n").delimiter))
