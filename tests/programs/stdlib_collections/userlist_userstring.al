# collections.UserList and collections.UserString: wrappers around a list
# and a str kept in `data`, for subclassing.
from collections import UserList, UserString


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


ul = UserList([3, 1, 2])
print(ul, ul.data, len(ul), ul[0], ul[-1], ul[1:], type(ul[1:]).__name__, 2 in ul, 9 in ul)
print(UserList(), UserList('ab'), UserList(ul), UserList(range(3)), UserList(x for x in 'xy'))
print(list(ul), list(reversed(ul)), sorted(ul), sum(ul), [x * 2 for x in ul])
print(ul == [3, 1, 2], ul == UserList([3, 1, 2]), ul < [4], ul <= ul, ul > UserList([3]), ul >= [3, 1, 3])
print(ul + [4], [0] + ul, ul + UserList([5]), ul + (6,), (7,) + ul, ul * 2, 2 * ul, type(ul + [4]).__name__)
ul.append(4)
ul.insert(0, 0)
ul.extend([5, 6])
ul.extend(UserList([7]))
print(ul, ul.pop(), ul.pop(0), ul.count(1), ul.index(2), ul.index(5, 2, 6))
ul.remove(5)
ul.reverse()
print(ul)
ul.sort()
print(ul)
ul.sort(key=lambda x: -x, reverse=True)
print(ul)
ul[0] = 'first'
ul[1:3] = ['a', 'b', 'c']
del ul[-1]
del ul[:1]
print(ul)
ul += [8]
ul += UserList([9])
ul += (10,)
print(ul)
ul *= 2
print(ul, len(ul))
c = ul.copy()
c.append('new')
print(type(c).__name__, len(c), len(ul), ul.__copy__() == ul)
ul.clear()
print(ul, bool(ul), bool(UserList([0])))
attempt(lambda: UserList(5))
attempt(lambda: UserList([1]).pop(5))
attempt(lambda: UserList([1]).remove(5))
attempt(lambda: UserList([1]).index(5))
attempt(lambda: UserList([1])[5])
attempt(lambda: hash(UserList()))
attempt(lambda: UserList([1]) + 5)
attempt(lambda: UserList([1]) < 5)


class Stack(UserList):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


s = Stack([1])
s.push(2)
s.extra = 'x'
print(s, s.peek(), s[:1], type(s[:1]).__name__, type(s + [3]).__name__, s.copy(), s.__copy__().extra)
print(UserList[int], isinstance(s, UserList))

us = UserString('Hello World')
print(us, repr(us), str(us), len(us), us[0], us[-5:], type(us[0]).__name__, 'World' in us, UserString('lo') in us)
print(us.upper(), us.lower(), us.swapcase(), us.title(), us.capitalize(), us.casefold(), type(us.upper()).__name__)
print(us.center(15, '*'), us.ljust(13, '.'), us.rjust(13), us.zfill(14), us.expandtabs())
print(us.count('o'), us.count(UserString('l')), us.find('o'), us.rfind('o'), us.find(UserString('W')), us.index('W'), us.rindex('l'))
print(us.startswith('Hell'), us.endswith('ld'), us.startswith(('x', 'H')), us.isalpha(), UserString('abc').isalpha())
print(us.split(), us.split('o', 1), us.rsplit('o', 1), UserString('a\nb').splitlines(), us.partition(' '), us.rpartition('o'))
print(us.replace('l', 'L'), us.replace(UserString('World'), UserString('There'), 1), us.strip('Hd'), us.lstrip('H'), us.rstrip('d'))
print(UserString('  x  ').strip(), us.removeprefix('Hello '), us.removesuffix(' World'), UserString('-').join(['a', 'b']))
print(UserString('{0}-{x}').format(1, x=2), UserString('{a}').format_map({'a': 'A'}), UserString('%s!') % 'hi', '<%s>' % us)
print(us + '!', '>' + us, us + UserString('?'), us + 5, 5 + UserString('x'), us * 2, 3 * UserString('ab'))
print(us == 'Hello World', us == UserString('Hello World'), us < 'I', us > UserString('A'), us <= us, us >= 'Hello')
print(int(UserString('42')), float(UserString('2.5')), hash(UserString('k')) == hash('k'), {UserString('k'): 1})
print(UserString(5), UserString(UserString('x')), UserString([1]), list(UserString('abc')), sorted(UserString('cab')))
print(UserString('12').isdigit(), UserString('x1').isidentifier(), UserString('X').isupper(), UserString(' ').isspace())
print(UserString('abc').isalnum(), UserString('abc').isascii(), UserString('12').isdecimal(), UserString('12').isnumeric())
print(UserString('Ab').istitle(), UserString('ab').islower(), UserString('ab').isprintable(), us.__getnewargs__())
attempt(lambda: us.index('zzz'))
attempt(lambda: UserString('x') < 5)
attempt(lambda: UserString('ab')[5])


class Shout(UserString):
    def __str__(self):
        return self.data.upper() + '!'


sh = Shout('hey')
print(sh, repr(sh), sh + ' you', type(sh + ' you').__name__, f'{sh}', UserString[int])
