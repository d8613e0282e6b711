from urllib.parse import urlsplit, urlparse, urldefrag, SplitResult

r = urlsplit('https://user@example.org:8443/a/b?x=1#top')
scheme, netloc, path, query, fragment = r
print(scheme, netloc, path, query, fragment)
print(r._asdict())
print(r._replace(path='/other', fragment='').geturl())
print(SplitResult._make(['http', 'h', '/', '', '']).geturl())
print(r.count('/a/b'), r.index(query), r[::2], len(r), r == tuple(r), hash(r) == hash(tuple(r)))
p = urlparse('http://h/p;params?q')
print(p.params, p._fields, p[3])
print(repr(urldefrag('http://h/#x')), urldefrag('http://h/#x')._fields)
print(sorted({urlsplit('http://a/'), urlsplit('http://a/'), urlsplit('http://b/')}))
print(urlsplit('HTTP://EXAMPLE.com').scheme, urlsplit('HTTP://EXAMPLE.com').hostname, urlsplit('HTTP://EXAMPLE.com').netloc)
print(urlsplit('http://[::1]:8080').hostname, urlsplit('http://[::1]').port, urlsplit('http://h:0').port, urlsplit('http://h:').port)
