# isdigit/isalpha/isalnum/isspace/isupper/islower/isdecimal/isnumeric/istitle.
samples = ["123", "12.5", "abc", "Abc", "ABC", "abc123", " ", " \t\n", "", "a b", "²", "٣", "½", "Ünïcödé", "Title Case", "HELLO1", "hello_world", "x"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.isdecimal(), s.isnumeric(), s.istitle())
print("abc".isidentifier(), "1abc".isidentifier(), "_x1".isidentifier(), "a-b".isidentifier())
print("abc".isascii(), "é".isascii(), "".isascii(), "hello\n".isprintable(), "hello".isprintable())
