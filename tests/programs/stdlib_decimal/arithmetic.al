from decimal import *


def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


D = Decimal
t('add', lambda: D('1.30') + D('1.20'))
t('add', lambda: D('0.1') + D('0.2'))
t('add', lambda: D('1e30') + D('1e-30'))
t('add', lambda: D('-0') + D('0'))
t('sub', lambda: D('-0') - D('0'))
t('sub', lambda: D('5.000') - D('2'))
t('sub', lambda: 1 - D('0.9'))
t('mul', lambda: D('1.5') * D('2.00'))
t('mul', lambda: D('123456789') * D('987654321') * D('1e10'))
t('mul', lambda: 3 * D('-0.1'))
t('div', lambda: D(1) / D(3))
t('div', lambda: D(2) / D(3))
t('div', lambda: D('5.00') / D('0.5'))
t('div', lambda: D(1) / D(8))
t('div', lambda: D('1.20') / 4)
t('div', lambda: 100 / D('0.25'))
t('div', lambda: D('-0') / 5)
t('div', lambda: D(0) / D('-0.5'))
t('floordiv', lambda: [D(5) // D(-2), D('-7.5') // 2, D(7) // D('0.3')])
t('mod', lambda: [D(5) % D(-2), D(-5) % 2, D('7.5') % D('0.4')])
t('divmod', lambda: [divmod(D('7.5'), D('2')), divmod(D('-7.5'), 2)])
t('pow', lambda: [D('1.05') ** 10, D(2) ** -2, D('1.50') ** 2, D(10) ** -5, D('1.10') ** -1,
                  D(2) ** D('2.0'), D('0.00') ** 3, D('-0.0') ** 3, D('0.0') ** -2, D(-2) ** 3])
t('pow', lambda: D(0) ** 0)
t('pow', lambda: D(2) ** 10**7)
t('pow', lambda: D('0.5') ** 1000)
t('neg', lambda: [-D('0'), -D('-0'), +D('-0'), abs(D('-0')), -D('1.5'), abs(D('-2.50'))])
t('sum', lambda: sum([D('0.1')] * 10))
t('sum', lambda: sum(D(i) / 7 for i in range(10)))
t('mixed', lambda: D('1.5') + 1.5)
t('mixed', lambda: 'a' * D(2))
t('mixed', lambda: D(1) + None)
t('big', lambda: D(10) ** 30 + 1)
t('big', lambda: D('9' * 40) + 1)
