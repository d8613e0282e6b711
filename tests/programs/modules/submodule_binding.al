# How importing a submodule binds it on its package: `from pkg import name`
# prefers an attribute the package already has over a submodule of that
# name, `import pkg.sub` rebinds the package's attribute to the module, and
# the `as` forms bind the module itself.
import shadowpkg
from shadowpkg import tool

print(repr(tool), repr(shadowpkg.tool))
import shadowpkg.tool
print(shadowpkg.tool.NAME, tool)
from shadowpkg import tool as t2
print(t2.NAME, t2 is shadowpkg.tool)
import shadowpkg.util as u
print(u.NAME, u is shadowpkg.util, shadowpkg.version)
shadowpkg.util = "replaced"
import shadowpkg.util
print(shadowpkg.util, u.NAME)
from shadowpkg import util
print(util)
import shadowpkg.util as u2
print(u2 is u, repr(u2) == repr(u))
