import shlex

for s in ['a b c', '  leading  and trailing  ', 'a "b c" d', "a 'b \" c' d",
          'esc\\ aped \\"q\\"', '"in \\"double\\" \\$x \\\\ \\n"', "'single \\ stays'",
          'cmd # comment here', 'a#b c', 'x=1 y="2 3"', '""', "''", 'a""b', 'é ß ñ',
          'multi\nline\targs', 'semi;colon|pipe&amp']:
    print(repr(s))
    print('  posix    ', shlex.split(s))
    print('  comments ', shlex.split(s, comments=True))
    print('  non-posix', shlex.split(s, posix=False))
for bad in ['"unclosed', "it's", 'trailing\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print(repr(bad), 'ValueError:', e)
for s in ['', 'simple', 'with space', "it's", 'a"b', '$HOME', 'x=1,y=2', 'ümlaut',
          '-rf', '@%+=:,./-', 'tab\there', '*']:
    print(repr(s), shlex.quote(s))
print(shlex.join(['ls', '-l', 'my file', "it's", '']))
print(shlex.split(shlex.join(['a b', 'c"d', "e'f"])))
try:
    shlex.quote(5)
except TypeError as e:
    print('TypeError:', e)
print(repr(shlex.quote(0)))
