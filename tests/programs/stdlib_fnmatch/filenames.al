import fnmatch

files = ['README.md', 'setup.py', 'src/main.py', 'src/util.py', 'tests/test_main.py', '.gitignore',
         'data.csv', 'data.CSV', 'image01.png', 'image2.png', 'image10.jpg', 'a[1].txt', 'notes~',
         'Makefile', 'x.tar.gz', 'dir/sub/file.txt']
for pat in ['*.py', 'src/*', '*/*.py', 'test*', '.*', '*.[cC][sS][vV]', 'image[0-9]*.png',
            'image?.png', 'image[!0-9]*', '*[[]1]*', '*~', '[A-Z]*', '*.*.*', '*', '?', '[]-]*',
            '*/sub/*', 'dir/*', 'x.tar.g[a-z]']:
    print(repr(pat), fnmatch.filter(files, pat))
print(fnmatch.translate('image[0-9]*.png'))
print(fnmatch.fnmatch('a/b', '*'), fnmatch.fnmatch('a/b', 'a?b'), fnmatch.fnmatch('\n', '?'))
