"""A package for package.al."""
print("pkg_demo init")
TOP = "top of pkg_demo"
from .sub import shout
