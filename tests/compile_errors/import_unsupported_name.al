# A name of a library module that alc's module does not have yet.
import sys
print(sys.settrace(None))
