from urllib.parse import urlencode, quote, quote_plus, parse_qs

q = {'name': 'Jöhn Doe', 'tags': ['a b', 'c&d', b'\xff'], 'empty': '', 'zero': 0, 'none': None, 'tuple': (1, 2)}
print(urlencode(q))
print(urlencode(q, doseq=True))
print(urlencode(q, doseq=True, quote_via=quote))
print(urlencode(q, safe='&'))
print(urlencode([('a', 'x'), ('a', 'y'), (b'k', b'v')]))
print(urlencode({'a': 'é'}, encoding='latin-1'), urlencode({'a': 'é€'}, encoding='ascii', errors='ignore'))
print(urlencode({'set': {1}}, doseq=True), urlencode({'s': 'str'}, doseq=True))
print(parse_qs(urlencode(q, doseq=True)))
print(quote_plus('a+b c/d'), quote_plus('a+b c/d', safe='/+'), quote_plus(b'x y', safe=b'/'))
print(quote('x y', safe=b'y'), quote('/~a b/', safe=''), quote('a\x00b\x7f'))
