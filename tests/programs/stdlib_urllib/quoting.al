from urllib.parse import (quote, quote_plus, unquote, unquote_plus, quote_from_bytes,
                          unquote_to_bytes)

for s in ['abc def', 'a/b/c', '~user', 'é€😀', "!*'();:@&=+$,/?#[]", '', 'safe-._~', '100%']:
    print(repr(s), quote(s), quote(s, safe=''), quote(s, safe='/:@'), quote_plus(s), quote_plus(s, safe='/'))
print(quote('é', encoding='latin-1'), quote('é€', encoding='ascii', errors='replace'))
print(quote(b'a b\xff'), quote(bytearray(b'x/y z')), quote_plus(b'a b+c'))
print(quote_from_bytes(b'abc def\x3f'), quote_from_bytes(b'/x/', safe=b'/'), repr(quote_from_bytes(b'')))
print(quote('a&b', safe='&é'))
for s in ['abc%20def', '%7e/abc+def', '%E2%82%AC', '%e2%82', '%zz%2', '%', 'é%41', '%C3%A9x', 'a%2Bb+c']:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s))
print(unquote('%E9', encoding='latin-1'), unquote('%FF', errors='strict' if False else 'ignore'))
print(unquote(b'a%20b'), unquote_to_bytes(b'%41%4'), unquote_to_bytes(''))
try:
    unquote('%FF', errors='strict')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
for args, kw in [((b'x',), {'encoding': 'utf-8'}), ((b'x',), {'errors': 'strict'})]:
    try:
        quote(*args, **kw)
    except TypeError as e:
        print('TypeError:', e)
try:
    quote_from_bytes('str')
except TypeError as e:
    print('TypeError:', e)
try:
    quote('é', encoding='ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
try:
    unquote(5)
except TypeError as e:
    print('TypeError:', e)
