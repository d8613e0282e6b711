# Scaffolds a project directory in the working directory with os.makedirs
# and open(), then inspects it: listdir, walk (sorted), sizes with
# os.path.getsize, rename/replace/remove, and tears it down again; errors
# of each step on the wrong kind of path.
import os

layout = {
    "proj/src/app": ["__init__.py", "main.py"],
    "proj/tests": ["test_main.py"],
    "proj/docs/img": [],
}
for d, files in layout.items():
    os.makedirs(d, exist_ok=True)
    for name in files:
        with open(os.path.join(d, name), "w") as f:
            f.write(f"# {name}\n" * (len(name) % 4 + 1))
with open("proj/README.md", "w") as f:
    f.write("# proj\n")
print(sorted(os.listdir("proj")))
for root, dirs, files in sorted(os.walk("proj")):
    dirs.sort()
    depth = root.count(os.sep)
    print("  " * depth + os.path.basename(root) + "/", sorted(files))
sizes = {}
for root, _, files in os.walk("proj"):
    for name in files:
        p = os.path.join(root, name)
        sizes[os.path.relpath(p, "proj")] = os.path.getsize(p)
print(sorted(sizes.items()), sum(sizes.values()))
os.rename("proj/README.md", "proj/README.txt")
os.replace("proj/tests/test_main.py", "proj/src/test_main.py")
print(sorted(os.listdir("proj")), sorted(os.listdir("proj/src")), os.listdir("proj/tests"))
print(os.path.isdir("proj/docs/img"), os.path.isfile("proj/docs"), os.path.exists("proj/nothing"))
for call in [lambda: os.makedirs("proj/src"), lambda: os.rmdir("proj/src"), lambda: os.remove("proj/docs"),
             lambda: os.listdir("proj/README.txt"), lambda: os.rename("nope", "x"), lambda: os.mkdir("proj/a/b")]:
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)
for root, dirs, files in os.walk("proj", topdown=False):
    for name in files:
        os.remove(os.path.join(root, name))
    os.rmdir(root)
print(os.path.exists("proj"), os.listdir("."))
