# How many strings each nargs takes, around options and '--'.
import argparse
import sys
sys.stderr = sys.stdout


def run(parser, args):
    try:
        print(parser.parse_args(args))
    except SystemExit as e:
        print('exit', e.code)


p = argparse.ArgumentParser(prog='nargs')
p.add_argument('first')
p.add_argument('middle', nargs='*')
p.add_argument('last', nargs=2)
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--many', nargs='+')
p.add_argument('--two', nargs=2, metavar=('A', 'B'))
run(p, ['1', '2', '3'])
run(p, ['1', '2', '3', '4', '5'])
run(p, ['1', '--opt', '2', '3'])
run(p, ['1', '2', '3', '--opt'])
run(p, ['--many', 'x', 'y', '--', '1', '2', '3'])
run(p, ['1', '2', '3', '--two', 'a'])
run(p, ['1', '2', '3', '--two', 'a', 'b'])
run(p, ['1', '2', '3', '--many'])
run(p, ['1', '2'])
run(p, ['--', '-1', '-2', '-3'])
r = argparse.ArgumentParser(prog='rem')
r.add_argument('cmd')
r.add_argument('rest', nargs=argparse.REMAINDER)
run(r, ['ls', '-l', '--all', 'x'])
run(r, ['ls'])
o = argparse.ArgumentParser(prog='opt')
o.add_argument('a', nargs='?', default='A')
o.add_argument('b', nargs='*', default=['B'])
o.add_argument('-x')
run(o, [])
run(o, ['-x', '1', 'v'])
run(o, ['v', '-x', '1', 'w', 'y'])
run(o, ['v', 'w', '-x', '1', 'y'])
print(o.parse_known_args(['v', '-x', '1', '--zz', 'w']))
