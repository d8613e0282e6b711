from pathlib import PureWindowsPath as W

print(W("c:/a b/c").as_uri(), W("//s/h/a").as_uri(), W("C:/é").as_uri())
for p in ["a", "c:a", "/a"]:
    try:
        W(p).as_uri()
    except ValueError as e:
        print(e)
print(W("C:/a/B.TXT").match("*.txt"), W("c:/a/b").match("C:/*/b"), W("a/b").match("A/*"))
print(W("c:/a/b").match("d:/*/b"), W("c:/a/b").match("/a/b"), W("c:/a/b").match("*/*/*/*"))
try:
    W("a").match("")
except ValueError as e:
    print(e)
print(W("c:/a").as_posix(), bytes(W("c:/a")), str(W()))
