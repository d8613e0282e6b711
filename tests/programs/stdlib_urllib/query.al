from urllib.parse import parse_qs, parse_qsl, urlencode

for qs in ['a=1&b=2&a=3', 'a=&b', 'x=hello+world&y=%E2%82%AC', '&&a=1&', 'k=v=w', 'semi=1;b=2',
           '', 'a+b=c%20d', '=empty']:
    print(repr(qs), parse_qsl(qs), parse_qsl(qs, keep_blank_values=True), parse_qs(qs), parse_qs(qs, True))
print(parse_qsl('a=1;b=2', separator=';'), parse_qs(b'a=1&a=2&b=%41'))
print(parse_qsl('a=%FF', errors='strict' if False else 'replace'), parse_qsl('a=%E9', encoding='latin-1'))
for kw in [dict(strict_parsing=True), dict(max_num_fields=1), dict(separator='')]:
    try:
        print(parse_qsl('a=1&b', **kw))
    except ValueError as e:
        print('ValueError:', e)
try:
    parse_qsl('a=1&&b=2', strict_parsing=True)
except ValueError as e:
    print('ValueError:', e)
print(parse_qsl('a=1&b=2', max_num_fields=2))
print(urlencode({'q': 'a b', 'lang': 'é', 'n': 5, 'b': b'x y'}))
print(urlencode([('a', 1), ('a', 2), ('c', '/&=')]))
print(urlencode({'list': [1, 2, 'x y'], 'tup': ('a',), 's': 'str', 'b': b'by', 'n': None}, doseq=True))
print(urlencode({'list': [1, 2]}), urlencode({'p': '/x/'}, safe='/'))
from urllib.parse import quote
print(urlencode({'q': 'a b+c'}, quote_via=quote), urlencode({'q': 'é'}, encoding='latin-1'))
print(urlencode({}), urlencode([]))
for bad in ['abc', 5, [1, 2]]:
    try:
        urlencode(bad)
    except TypeError as e:
        print('TypeError:', e)
