# os.path on files the program creates: splitting names into stem and
# extension, grouping files by extension, relative paths between
# directories, normalising messy paths, and absolute paths compared with
# the working directory instead of printed.
import os
import os.path as osp

os.makedirs("data/raw/2024", exist_ok=True)
os.makedirs("data/out", exist_ok=True)
names = ["data/raw/2024/jan.csv", "data/raw/2024/feb.CSV", "data/raw/notes.txt", "data/out/report.tar.gz",
         "data/out/.hidden", "data/out/noext"]
for n in names:
    open(n, "w").close()
by_ext = {}
for n in names:
    stem, ext = osp.splitext(osp.basename(n))
    by_ext.setdefault(ext.lower() or "(none)", []).append(stem)
print(by_ext)
print([osp.split(n) for n in names[:2]], osp.dirname(names[3]), osp.basename("data/out/"))
print(osp.relpath("data/raw/2024/jan.csv", "data/out"), osp.relpath("data", "data/raw/2024"), osp.relpath("data/raw", "data/raw"))
messy = ["data//raw/./2024/../2024/jan.csv", "./data/out/../out/", "data/raw/2024/../../../data", "/a/b/../../..", ""]
print([osp.normpath(m) for m in messy])
cwd = os.getcwd()
print(osp.abspath("data") == osp.join(cwd, "data"), osp.isabs(osp.abspath("x")), osp.abspath(".") == cwd)
print(osp.realpath("data/out/../raw") == osp.join(cwd, "data", "raw"), osp.commonpath(names[:3]), osp.commonprefix(names[:3]))
print(osp.join("data", "raw", "/abs", "x"), osp.join("data", ""), osp.join("", "x"))
print(osp.exists("data/out/noext"), osp.isfile("data/out"), osp.getsize("data/raw/notes.txt"), osp.samefile("data/raw", "data/raw/2024/.."))
os.chdir("data/raw")
print(sorted(os.listdir(".")), osp.exists("2024/jan.csv"), os.getcwd() == osp.join(cwd, "data", "raw"))
os.chdir(cwd)
print(osp.splitext(".bashrc"), osp.splitext("archive.tar.gz"), osp.splitext("dir.d/file"), osp.expanduser("~nosuchuser_xyz/x"))
