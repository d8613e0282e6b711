from pathlib import PureWindowsPath as W

print(W("c:/a/b").relative_to("C:/A"), W("c:/a/b").relative_to("c:/"))
print(W("c:/a/b").relative_to("c:"), W("c:a/b").relative_to("c:"), W("c:a/b").relative_to("C:a"))
print(W("a/b").relative_to(""), W("//s/h/x/y").relative_to("//S/H"))
for a, b in [("c:/a/b", "d:/x"), ("/a/b", "c:/a"), ("c:/a", "c:/a/b"), ("a", "/")]:
    try:
        print(W(a).relative_to(b))
    except ValueError as e:
        print(e)
print(W("c:/a/b").is_relative_to("c:/a"), W("c:/a/b").is_relative_to("d:/"))
try:
    W("a").relative_to()
except TypeError as e:
    print(e)
