import pprint

text = ('Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod '
        'tempor incididunt ut labore et dolore magna aliqua.\nUt enim ad minim veniam,\n'
        'quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo')
for width in (10, 25, 40, 80):
    print(pprint.pformat(text, width=width))
    print(pprint.pformat([text], width=width))
    print(pprint.pformat({'key': text}, width=width))
print(pprint.pformat('no_spaces_at_all_in_this_very_long_string_of_text', width=20))
print(pprint.pformat(['a\tb   c  d\n', ''], width=6))
print(pprint.pformat("quotes ' and \" mixed in here ok", width=12))
data = bytes(range(40))
for width in (5, 20, 40, 80):
    print(pprint.pformat(data, width=width))
    print(pprint.pformat([data], width=width))
    print(pprint.pformat(bytearray(data), width=width))
print(pprint.pformat(b'abcd', width=1))
print(pprint.pformat(b'abcde', width=1))
print(pprint.pformat(bytearray(b''), width=1))
print(pprint.pformat({'b': b'x' * 30, 'ba': bytearray(b'y' * 30)}, width=25))
