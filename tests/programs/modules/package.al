# Packages: __init__ modules, submodules bound on their package, relative
# imports of every form, `import a.b.c` and `import a.b as c`.
import pkg_demo.inner.deep
print(pkg_demo.TOP, pkg_demo.shout("hi"))
print(pkg_demo.inner.deep.info())
print(pkg_demo.inner.TOP, pkg_demo.sub.whoami())
import pkg_demo.sub as s
print(s.__name__, s is pkg_demo.sub)
from pkg_demo import inner, sub
print(inner.__name__, sub.__name__, inner.deep.__package__)
from pkg_demo.inner.deep import info as deep_info
print(deep_info())
print(pkg_demo.__package__, pkg_demo.inner.__package__, s.__package__)
print(pkg_demo.__doc__)
