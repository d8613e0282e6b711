import shlex

cases = [
    r'a\ b',
    r'"a\"b"',
    r"'a\'b",
    r'"a\\b"',
    r'"a\nb"',
    r'"\$HOME"',
    r"echo 'it'\''s'",
    'x="1 2"y',
    '"" \'\' x',
    'a#b #c',
    'ü ö ä',
    'a\\\nb',
]
for c in cases:
    for posix in (True, False):
        try:
            print(repr(c), posix, shlex.split(c, comments=True, posix=posix))
        except ValueError as e:
            print(repr(c), posix, 'ValueError:', e)
lex = shlex.shlex('cmd -o "file name" > out; echo $x', posix=True, punctuation_chars=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('a=1 b==2', posix=True)
print(list(lex))
lex = shlex.shlex('a=1 b==2', posix=True, punctuation_chars='=')
print(list(lex))
lex = shlex.shlex("one\ntwo # comment\nthree")
toks = []
while True:
    t = lex.get_token()
    if t == lex.eof:
        break
    toks.append((t, lex.lineno))
print(toks)
