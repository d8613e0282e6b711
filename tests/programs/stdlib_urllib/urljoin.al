from urllib.parse import urljoin

base = 'http://a/b/c/d;p?q'
for ref in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x',
            'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../',
            '../../g', '../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..',
            '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y',
            'g?y/./x', 'g?y/../x', 'g#s/./x', 'g#s/../x', 'http:g', 'http:', 'https:g',
            '//x/y/../z', 'mailto:x']:
    print(repr(ref), urljoin(base, ref))
print(urljoin('http://a/b/', '../../../x'), urljoin('http://a/b//c/', 'd'))
print(urljoin('', 'x'), urljoin('http://a', ''), urljoin('http://a', 'b'))
print(urljoin('mailto:a@b', 'c'), urljoin('file:///a/b', 'c'), urljoin('ftp://h/d/', 'f#x', False))
print(urljoin(b'http://a/b/c', b'../d'))
try:
    urljoin('http://a/', b'x')
except TypeError as e:
    print('TypeError:', e)
