import unicodedata
from unicodedata import lookup, name, normalize

print(unicodedata.unidata_version)
print(name(lookup("GREEK SMALL LETTER ALPHA")))
print(normalize("NFKD", "\u2167"))
print(unicodedata.category.__name__, type(unicodedata.category).__name__)
