# from-import of a name alc's library module does not have yet.
from sys import settrace
