import urllib.parse
from urllib.parse import urlparse, urlsplit, urldefrag, SplitResult, ParseResult, DefragResult

b = urlparse(b'http://User:Pw@Host.com:81/p;x?q#f')
print(b)
print(b.username, b.password, b.hostname, b.port, b.geturl())
print(b.decode(), b.decode().encode())
s = urlsplit(b'//h/p')
print(s, s.geturl(), s.decode('ascii'))
d = urldefrag(b'a#b')
print(d, d.geturl(), d.decode())
print(urlsplit('http://x/').encode('utf-8'))
r = SplitResult('http', 'h:1', '/p', 'q', '')
print(r, r.port, r.geturl())
r = ParseResult(scheme='s', netloc='n', path='p', params='a', query='q', fragment='f')
print(r.geturl(), DefragResult('u', 'f').geturl())
print(SplitResult.__mro__[1].__name__, issubclass(SplitResult, urllib.parse.ResultBase))
print(SplitResult[str])
for u in ['http://[fe80::1%tESt]:1234/keys', 'http://@h', 'http://u@', 'http://:@h:', 'http://a@b@c:1']:
    p = urlsplit(u)
    print(u, repr(p.username), repr(p.password), repr(p.hostname), p.port)
try:
    urlparse(b'http://\xc3\xa9/')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
try:
    urlparse('http://a/', b'http')
except TypeError as e:
    print('TypeError:', e)
print(urllib.parse.uses_netloc[:5], urllib.parse.scheme_chars)
print(urllib.parse.unwrap('<URL:http://a/b>'), urllib.parse.unwrap(' x '))
urllib.parse.clear_cache()
print(urllib.parse.__all__)
