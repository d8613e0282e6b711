# keyword: kwlist, softkwlist, iskeyword, issoftkeyword, and the module's names.
import keyword
print(keyword.kwlist)
print(keyword.softkwlist)
print(len(keyword.kwlist), len(keyword.softkwlist))
for w in ['if', 'match', 'case', '_', 'x', 'None', 'print', 'True', 'async', '', 'IF']:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
print(keyword.iskeyword(1), keyword.issoftkeyword(None))
try:
    keyword.iskeyword([])
except TypeError as e:
    print(type(e).__name__, e)
print([n for n in dir(keyword) if not n.startswith('_')], keyword.__all__)
from keyword import *
print(iskeyword('for'), issoftkeyword('match'), len(kwlist), softkwlist)
