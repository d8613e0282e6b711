import pprint

words = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu'
for width in range(5, 60, 6):
    print(width)
    print(pprint.pformat(words, width=width))
    print(pprint.pformat({'w': words}, width=width))
    print(pprint.pformat([words, 1], width=width))
print(pprint.pformat('line one\nline two\n\nline four that is rather long indeed', width=20))
print(pprint.pformat(['x' * 10 + ' ' * 10 + 'y' * 10], width=15))
print(pprint.pformat('\t\ttabs  and   spaces\n', width=8))
print(pprint.pformat(b'\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a' * 3, width=30))
