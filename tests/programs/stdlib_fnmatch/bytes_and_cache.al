import fnmatch

names = [b'a.txt', b'b.TXT', b'\xe9t\xe9.txt', b'c.md']
print(fnmatch.filter(names, b'*.txt'), fnmatch.filter(names, b'[\xe0-\xef]*'))
print(fnmatch.fnmatchcase(b'abc', b'a[!x]c'), fnmatch.fnmatch(b'ABC', b'abc'))
for i in range(5):
    print(fnmatch.fnmatchcase('file%d.py' % i, 'file[0-2].py'))
print(fnmatch.fnmatch('x', 'x'), fnmatch.fnmatch('', ''), fnmatch.fnmatch('a', ''))
print(fnmatch.fnmatchcase('[abc]', '[[]abc]'), fnmatch.fnmatchcase('!', '[!]'), fnmatch.fnmatchcase('-', '[!--]'))
print(fnmatch.translate('a**b'), fnmatch.translate('*a*'), fnmatch.translate('a*b*c*d'))
