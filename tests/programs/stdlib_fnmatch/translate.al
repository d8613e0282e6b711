import fnmatch

patterns = ['*.py', 'a?c', '[abc]x', '[!abc]', '[]]', '[!]]', '[a-z]', '[z-a]',
            '[', '[!', 'a[b', '**', 'a*b*c', '[a-c-e]', '[\\]', '[a--]', '[[]',
            '[---]', '*[*?]', '\\*', '[^a]', '[&&]', '[a&&b]', '[~~]', '[||]',
            '[a-b-c]', '.+()', '[!a-z]x*', '[%-0]', '[b-a-z]', '[a-z--/]',
            '[--a]', 'é\u00a0x\t\n#~ ', '*a*b*', '?*?', '[!z-a]', '[!]', '{a,b}',
            'x$y^z', '*.[ch]', '[0-9][0-9]*.txt', '[z-ab-a]']
for p in patterns:
    print(repr(p), repr(fnmatch.translate(p)))
