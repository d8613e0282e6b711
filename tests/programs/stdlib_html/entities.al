import html.entities
from html.entities import html5, name2codepoint, codepoint2name, entitydefs

print(len(html5), len(name2codepoint), len(codepoint2name), len(entitydefs))
print(name2codepoint['amp'], name2codepoint['eacute'], name2codepoint['euro'])
print(codepoint2name[38], codepoint2name[0x3b1], codepoint2name[8364])
print(repr(entitydefs['nbsp']), entitydefs['hearts'])
print(repr(html5['amp;']), repr(html5['amp']), repr(html5['NotEqualTilde;']), repr(html5['fjlig;']))
print(sorted(html5)[:10])
print(sorted(html5)[-5:])
print(list(name2codepoint)[:8])
print(sum(map(len, html5.values())), max(map(len, html5)))
print(html.entities.__all__)
print('lt;' in html5, 'lt' in html5, 'zzz' in html5)
