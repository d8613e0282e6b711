# Error messages, on stderr with the usage line, and exit status 2.
import argparse
import sys
sys.stderr = sys.stdout


def run(parser, args):
    try:
        print(parser.parse_args(args))
    except SystemExit as e:
        print('exit', e.code)


p = argparse.ArgumentParser(prog='err')
p.add_argument('n', type=int)
p.add_argument('--level', choices=['low', 'high'])
p.add_argument('--size', type=int, choices=range(1, 4))
p.add_argument('--force', '-f', action='store_true')
p.add_argument('--foo')
p.add_argument('--foobar')
p.add_argument('--req', required=False)
run(p, ['x'])
run(p, ['1', '--level', 'mid'])
run(p, ['1', '--size', '9'])
run(p, ['1', '--fo', 'a'])
run(p, ['1', '--force=1'])
run(p, ['1', '-fx'])
run(p, ['1', '2'])
run(p, ['1', '--level'])
run(p, ['1', '--unknown', '-z'])
run(p, [])


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % text)
    return value


q = argparse.ArgumentParser(prog='typed')
q.add_argument('--num', type=positive)
q.add_argument('--need', required=True)
q.add_argument('pos', nargs='+')
run(q, ['--num', '-5', 'x', '--need', 'y'])
run(q, ['--num', 'zz', 'x'])
run(q, [])
run(q, ['a', '--need'])
try:
    q.add_argument('--need')
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
try:
    q.add_argument('pos2', required=True)
except TypeError as e:
    print('TypeError:', e)
try:
    q.add_argument('x', dest='y')
except ValueError as e:
    print('ValueError:', e)
try:
    q.add_argument('--')
except ValueError as e:
    print('ValueError:', e)
try:
    q.add_argument('+x')
except ValueError as e:
    print('ValueError:', e)
r = argparse.ArgumentParser(prog='noexit', exit_on_error=False)
r.add_argument('--n', type=int)
try:
    r.parse_args(['--n', 'x'])
except argparse.ArgumentError as e:
    print('caught:', e, '|', e.argument_name, '|', e.message)
