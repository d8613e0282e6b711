# Expected compile error: SyntaxError: f-string: expressions nested too deeply at line 3, column 19 (1-based, as CPython reports it): at the token after the string
x = 3
y = f'{x:{x:{x}}}'
print(y)
