# input() splits stdin at '\n' only (no newline translation) and raises EOFError at the end.
print(repr(input()))
print(repr(input('prompt> ')))
print(repr(input()))
print(repr(input()))
print(repr(input()))
try:
    input()
except EOFError as e:
    print('EOF', e)
