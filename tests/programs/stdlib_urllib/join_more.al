from urllib.parse import urljoin

bases = ['http://a/b/c/d;p?q', 'http://a/b/c/', 'http://a', 'https://u:p@h:1/x/y?z#f', 'file:///tmp/a/b',
         'ftp://h/dir/', 'svn+ssh://h/r/trunk/', 'mailto:x@y', 'g:h', '/rel/path', 'rel/path', '//net/p']
refs = ['', 'c', '../c', '../../..', '/abs', '//other/p', '?q2', '#f2', 'https://x/', 'http:rel',
        './', '..', 'a/./b/../c', ';p2', 'g;x?y#s']
for base in bases:
    print(base, [urljoin(base, ref) for ref in refs])
print(urljoin('http://a/b/c/d;p?q', '#s', allow_fragments=False))
print(urljoin(b'http://a/b/', b'c'), urljoin(b'', b'c'), urljoin(b'http://x/', b''))
