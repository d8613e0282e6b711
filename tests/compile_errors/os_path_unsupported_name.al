# A name of os.path (posixpath) that alc does not have yet.
from os.path import sameopenfile
