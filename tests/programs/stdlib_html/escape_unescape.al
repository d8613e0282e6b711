import html

print(html.escape('<a href="x?a=1&b=2">it\'s</a>'))
print(html.escape('<a href="x?a=1&b=2">it\'s</a>', quote=False))
print(html.escape(''))
for s in ['&amp; &lt;tag&gt; &quot;q&quot; &#39; &#x27; &apos;',
          '&copy 2024 &copyright; &notin; &notit; &not; &noti',
          '&#65;&#x42;&#X43;&#0068;&#x;&#;&#xg; &#65 &#x41x',
          '&#0; &#128; &#x80; &#x81; &#150; &#xD800; &#1114111; &#1114112; &#99999999999999;',
          '&#1; &#11; &#127; &#xFDD0; &#xFFFE; &#x10FFFF;',
          'no entities here', '&', '&&', '&;', '& amp;', '&AMP;', '&Amp;', '&ampamp;',
          '&NotNestedGreaterGreater; &nGt; &acE; &fjlig; &ThickSpace;',
          '&' + 'a' * 40 + ';', '&lt&gt&amp', 'x&lt;y&#x3c;z&#60;w']:
    print(repr(html.unescape(s)))
print(html.unescape(html.escape('<"\'&>')))
print(html.__all__)
