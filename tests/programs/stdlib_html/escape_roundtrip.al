import html

texts = ['', 'plain', '<script>alert("x")</script>', "it's & that's", 'a < b > c',
         '&amp; already escaped', 'ünïcode → arrows ← ok', '"double" \'single\'']
for t in texts:
    e = html.escape(t)
    print(repr(e), repr(html.escape(t, quote=False)), html.unescape(e) == t)
for s in ['&lt;&LT;&Lt;', '&GT;&gt', '&QUOT;&quot', '&nbsp;|&nbsp|&NBSP;', '&pound&yen;&sect',
          '&Aring;&aring;&angst;', '&ltxyz', '&gtfoo;', '&#x1F600;&#128512;', '&#X41&#x61;',
          '&#0000065;', '&#x0000041;', '&#;&#x;&#a;', '&' * 5 + ';']:
    print(repr(s), repr(html.unescape(s)))
