from urllib.parse import quote, unquote, quote_plus, unquote_plus, unquote_to_bytes

samples = ['', 'plain', 'with space', 'slash/and?query=1&x=y#frag', 'ünïcödé', '€100', '😀 emoji',
           'percent%sign', '%41%42', 'tab\tnewline\n', '~._-', "'\"<>`{}|\\^"]
for s in samples:
    q = quote(s)
    qp = quote_plus(s)
    print(repr(s), q, qp, unquote(q) == s, unquote_plus(qp) == s)
for s in ['%', '%4', '%4G', '%%41', '%C3', '%C3%', '%E2%82', '%ED%A0%80', '%F0%9F%98%80']:
    print(repr(s), repr(unquote(s)), repr(unquote(s, errors='surrogateescape')), unquote_to_bytes(s))
print(unquote('caf%C3%A9 ünchanged %E9', encoding='utf-8'), unquote('%E9', 'latin-1'))
print(quote('é/ü', safe='é/'), quote('a b', safe=' '), quote(bytearray(b'\x80')))
