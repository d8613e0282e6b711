import difflib

diff = difflib.ndiff('one\ntwo\nthree\n'.splitlines(keepends=True),
                     'ore\ntree\nemu\n'.splitlines(keepends=True))
diff = list(diff)
print(''.join(diff), end="")
print(''.join(difflib.restore(diff, 1)), end="")
print(''.join(difflib.restore(diff, 2)), end="")
try:
    list(difflib.restore(diff, 3))
except ValueError as e:
    print('ValueError:', e)
text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
d = difflib.Differ()
print(''.join(d.compare(text1, text2)), end='')
print(''.join(difflib.ndiff(['\tabc\n', 'x y z\n'], ['\tabd\n', 'x  y z\n'])), end='')
print(''.join(difflib.ndiff(['a\n', 'b\n', 'c\n'], ['d\n', 'e\n'])), end='')
print(''.join(difflib.ndiff(['a\n', 'b\n'], ['x\n', 'b\n', 'y\n', 'z\n'], linejunk=difflib.IS_LINE_JUNK)), end='')
print(list(difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK).compare(['ab cd'], ['ab  cd'])))
print([difflib.IS_LINE_JUNK(x) for x in ['\n', '  #   \n', 'hello\n', '#', ' # x', '']])
print([difflib.IS_CHARACTER_JUNK(x) for x in ' \tx\n'])
