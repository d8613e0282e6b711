import shlex

for level in (1, 2, 3):
    print('level', level)
    lex = shlex.shlex('a "b c" d\\e;f # x\ng', posix=True, punctuation_chars=True)
    lex.debug = level
    lex.push_token('pushed')
    print(list(lex))
lex = shlex.shlex('w1 w2', posix=False)
lex.debug = 2
lex.push_source('inner', 'inc.txt')
print(lex.get_token())
for text in ['"open', 'esc\\']:
    lex = shlex.shlex(text, posix=True)
    lex.debug = 2
    try:
        list(lex)
    except ValueError as e:
        print('ValueError:', e)
