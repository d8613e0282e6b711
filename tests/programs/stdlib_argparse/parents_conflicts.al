# parents=, conflict_handler='resolve', set_defaults/get_default, prefix_chars.
import argparse
import sys
sys.stderr = sys.stdout


def run(parser, args):
    try:
        print(parser.parse_args(args))
    except SystemExit as e:
        print('exit', e.code)


base = argparse.ArgumentParser(add_help=False)
base.add_argument('--config', default='cfg.ini')
grp = base.add_argument_group('shared', 'options everyone has')
grp.add_argument('--debug', action='store_true')
mx = base.add_mutually_exclusive_group()
mx.add_argument('--a', action='store_true')
mx.add_argument('--b', action='store_true')
base.set_defaults(mode='base')
child = argparse.ArgumentParser(prog='child', parents=[base])
child.add_argument('item')
run(child, ['x'])
run(child, ['x', '--debug', '--a', '--b'])
child.print_help()
r = argparse.ArgumentParser(prog='resolve', conflict_handler='resolve')
r.add_argument('-f', '--foo', help='old foo')
r.add_argument('--foo', help='new foo')
r.add_argument('-h', '--halt', action='store_true', help='not help')
r.print_help()
run(r, ['-f', '1', '--foo', '2'])
d = argparse.ArgumentParser(prog='defaults')
d.add_argument('--n', type=int, default='5')
d.add_argument('--m', default=7)
d.set_defaults(m=8, other='x')
print(d.get_default('m'), d.get_default('other'), d.get_default('nothing'))
run(d, [])
plus = argparse.ArgumentParser(prog='plus', prefix_chars='+-')
plus.add_argument('+x', action='store_true')
plus.add_argument('++long', type=int)
plus.add_argument('-y')
run(plus, ['+x', '++long', '3', '-y', 'z'])
plus.print_help()
neg = argparse.ArgumentParser(prog='neg')
neg.add_argument('-1', dest='one', action='store_true')
neg.add_argument('value', nargs='?')
run(neg, ['-1'])
run(neg, ['-2'])
nums = argparse.ArgumentParser(prog='nums')
nums.add_argument('x', type=float)
nums.add_argument('--y', type=float)
run(nums, ['-2.5', '--y', '-.5'])
abbr = argparse.ArgumentParser(prog='abbr', allow_abbrev=False)
abbr.add_argument('--verbose', action='store_true')
run(abbr, ['--verb'])
try:
    argparse.ArgumentParser(conflict_handler='nope')
except ValueError as e:
    print(e)
