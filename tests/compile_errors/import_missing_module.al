# An unconditional import of a module that exists nowhere is a compile error
# naming it, with the modules alc provides.
import os_helper_that_does_not_exist
