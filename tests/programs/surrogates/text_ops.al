# Lone surrogates are characters like any other: created by escapes and
# chr(), measured, indexed, compared, hashed, searched and formatted.
s = 'a\ud800b\udfffc'
print(len(s), repr(s), ascii(s), s.isprintable())
print([hex(ord(c)) for c in s])
print(repr(s[1]), repr(s[1:4]), repr(s[::-1]), repr(s[-2]))
print(chr(0xd800) == '\ud800', chr(0xdc80) + chr(0xdc81) == '\udc80\udc81')
pair = '\ud83d' + '\ude00'
print(len(pair), pair == '\U0001f600', repr(pair))
print(hash('\ud800'), hash(s), hash('\udc80' * 3))
print('\ud800' < '\ue000', '\udfff' < '\U00010000', '\ud7ff' < '\ud800', 'z' < '\ud800')
print(sorted(['\U00010000', '\ud800', 'a', '\uffff', '\udfff', '\ue000', '\U0010c000', '\U0010ffff']))
print(ascii(max('a\ud800\ue000')), min('\ud800\uffff\U0010ffff') == '\ud800')
print('\ud800' in s, s.find('\udfff'), s.index('c'), s.count('\ud800'))
print(s.split('\ud800'), ascii(s.replace('\udfff', '-')), ascii('|'.join([s, '\udc80'])))
print(repr(s.upper()), repr(s.lower()), repr(s.swapcase()), repr(s.casefold()))
print(s.isalpha(), '\ud800'.isidentifier(), '\ud800'.isspace(), '\udc80'.isdecimal())
print(repr(f'{s!r:>12}'), ascii(f'{s!a}'), repr('%s|%r|%a' % (s, s, s)))
print(repr('%c' % 0xd800), repr('{:c}'.format(0xdc80)), repr(format('\ud800', '^5')))
print(repr(s.translate({0xd800: 'X', ord('b'): None})), str.maketrans({'\ud800': 'x'}))
d = {'\ud800': 1, '\udc00': 2, 'x': 3}
print(d['\ud800'], sorted(d), len({'\ud800', chr(0xd800), '\ud800'[:]}))
print(repr(s.center(9, '\udc80')), repr(s.zfill(7)), repr(s.partition('\ud800')))
print(repr(str(['\ud800', '\udfff'])), repr(tuple('\ud800\udbff')))
try:
    int('\ud800')
except ValueError as e:
    print('ValueError', e)
for c in '\ud800\U0001f600\udc00':
    print(hex(ord(c)), end=' ')
print()
