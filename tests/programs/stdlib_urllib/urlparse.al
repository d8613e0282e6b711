from urllib.parse import urlparse, urlsplit, urlunparse, urlunsplit, urldefrag

urls = ['http://user:pw@Example.COM:8080/path/to;params?q=1&r=2#frag',
        'https://[::1]:443/a', 'https://[fe80::1%25Eth0]/', 'ftp://ftp.example.org/pub/file.txt',
        'mailto:someone@example.com', 'file:///etc/passwd', '//netloc/only', 'relative/path?x',
        '/abs;p1;p2?q#f', 'path:80', 'HTTP://h/', '  http://stripped.example/  ', 'ht\ttp://a\nb/c\r',
        'http://host?query', 'http://host#frag', 'http:', '', '#only', 'news:comp.lang.python',
        'tel:+1-555;ext=2', 'svn+ssh://h/x', 'a1+-.b://x', '1abc://x', 'http://a:b@c:d@e/']
for u in urls:
    p = urlparse(u)
    print(repr(u))
    print('  ', p)
    print('  ', urlsplit(u))
    print('  ', p.username, p.password, p.hostname, p.geturl(), urlsplit(u).geturl())
    try:
        print('   port', p.port)
    except ValueError as e:
        print('   ValueError:', e)
print(urlparse('path', scheme='https'), urlparse('x#y', allow_fragments=False))
print(urlsplit('//a/b?c#d', 'ws', False))
print(urlunparse(('http', 'h', '/p', 'a', 'q', 'f')), urlunparse(['', '', 'p', '', '', '']))
print(urlunsplit(('http', '', 'path', '', '')), urlunsplit(('file', '', '/x', '', '')))
print(urlunsplit(('mailto', '', 'a@b', 'subject=hi', '')))
print(urldefrag('http://a/b#c'), urldefrag('http://a/b'), urldefrag('x#'))
d = urldefrag('http://a/b;p?q#frag')
print(d.url, d.fragment, d.geturl(), d[0])
r = urlparse('http://h/p')
print(r.scheme, r[1], len(r), r._replace(scheme='https').geturl(), tuple(r))
print(type(r).__name__, isinstance(r, tuple), r == ('http', 'h', '/p', '', '', ''))
print(r._fields, urlsplit('')._fields)
for u in ['http://[::1/', 'http://::1]/', 'http://[abc]/', 'http://[1.2.3.4]/', 'http://[v1]/',
          'http://[v7.abc]/', 'http://h:x/', 'http://h:99999/', 'http://h:-1/', 'http://ＡＢ＠c/',
          'http://éx.com/']:
    try:
        p = urlsplit(u)
        print(u, p, p.port)
    except ValueError as e:
        print(u, 'ValueError:', e)
