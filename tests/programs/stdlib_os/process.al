# Facts about the process and the module's own names.
import os
import sys

pid = os.getpid()
print(type(pid).__name__, pid > 0, pid == os.getpid(), os.getppid() > 0, os.getppid() != pid)
n = os.cpu_count()
print(type(n).__name__, n >= 1)
print(os.name, os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, os.altsep, os.devnull, os.defpath)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.error)
print(os.getcwd() == os.path.abspath(os.curdir), os.path.isabs(os.getcwd()))
print(sys.modules["os"] is os, "os.path" in sys.modules)
from os import path, getcwd, sep as separator
print(path is os.path, getcwd is os.getcwd, separator)
from os import *
print(listdir is os.listdir, walk is os.walk, environ is os.environ, makedirs is os.makedirs)
for name in ["stat_result", "DirEntry", "scandir", "fspath", "getenv", "putenv", "unsetenv"]:
    print(name, name in os.__all__)
print(callable(os.stat), callable(os.path.join))
print(type(os.environ), repr(os.stat_result), os.DirEntry)
