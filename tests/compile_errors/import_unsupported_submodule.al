# A submodule of a package alc provides (urllib) that it does not provide yet.
import urllib.request
