# A name of os that alc does not have yet.
import os
print(os.fork())
