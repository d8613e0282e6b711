"""doctest.testfile: a text file beside the program (module-relative
by default), with globs and extraglobs, its name, verbose mode, flags,
and an absolute path with module_relative=False."""
import os
import doctest
import dtcapture


def make_list(*names):
    return list(names)


globs = {"make_list": make_list}
print(dtcapture.run(doctest.testfile, "testfile_guide.txt", globs=globs,
                    extraglobs={"COUNT": 2}))
print(sorted(globs))
print("--- verbose, other name")
print(dtcapture.run(doctest.testfile, "testfile_guide.txt", name="guide",
                    verbose=True, globs=globs, extraglobs={"COUNT": 3}))
print("--- module_relative=False, flags")
path = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                    "testfile_guide.txt")
print(dtcapture.run(doctest.testfile, path, module_relative=False,
                    globs=globs, extraglobs={"COUNT": 2},
                    optionflags=doctest.REPORT_NDIFF, report=False))
print("--- no globs")
print(dtcapture.run(doctest.testfile, "testfile_guide.txt", report=False))
try:
    doctest.testfile(path)
except ValueError as e:
    print("ValueError:", e)
try:
    doctest.testfile("no_such_file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.strerror)
print(doctest.master is not None)
print(dtcapture.run(doctest.master.summarize))
