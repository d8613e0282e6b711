# Padding and zeros beyond one block of fill characters: rt appends huge
# widths and precisions in blocks (a character at a time took seconds for
# widths of 10**9, found by the rt_format fuzz target).
for n in (4095, 4096, 4097, 10**6 + 3):
    s = format('ab', 'é^%d' % n)
    print(len(s), s.count('é'), s[:3], s[-3:])
    t = '%*d|' % (n, 7)
    print(len(t), t[-3:], t.count(' '))
    u = '{:0>{}}'.format(1.5, n)
    print(len(u), u[-4:], u.count('0'))
    v = format(12, '#0%dx' % n)
    print(len(v), v[:4], v[-3:])
    w = format(-3, '_<%d' % n)
    print(len(w), w[:4])
print(len('%.5000d' % 3), ('%.5000d' % 3)[-3:])
print(len(format(2.5, '.5000f')), format(2.5, '.5000f')[:5])
print(len(format(1e-300, '.400f')))
