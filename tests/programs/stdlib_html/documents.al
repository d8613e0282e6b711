import html

doc = '''<p class="note">Caf&eacute; &amp; cr&egrave;me br&ucirc;l&eacute;e &mdash; &euro;5 &lt;cheap&gt;</p>
<p>&#169; 2024 &#x2122; &hearts;&spades;&clubs;&diams; &frac12; &frac14;&frac34; &times;&divide;</p>
<a href="?a=1&amp;b=2&c=3&copy=4">link &quot;text&quot; &apos;s&apos;</a>'''
print(html.unescape(doc))
print(html.escape(html.unescape(doc)))
print(html.escape(html.unescape(doc), False) == html.escape(html.unescape(doc), quote=False))
for bad in [None, 5]:
    try:
        html.escape(bad)
    except AttributeError as e:
        print('AttributeError:', e)
try:
    html.unescape(5)
except TypeError as e:
    print('TypeError:', e)
print(html.unescape('&amp;' * 3 + '&am' + '&#' + '&#x' + '&#59' + '&bogus;'))
print([html.unescape('&#%d;' % n) for n in (9, 10, 13, 65, 127, 128, 159, 160, 8364)])
