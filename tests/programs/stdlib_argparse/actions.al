# The built-in actions.
import argparse
import sys
sys.stderr = sys.stdout


def run(parser, args):
    try:
        print(parser.parse_args(args))
    except SystemExit as e:
        print('exit', e.code)


p = argparse.ArgumentParser(prog='acts')
p.add_argument('-v', action='count')
p.add_argument('-I', action='append', default=['base'])
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--tag', action='append_const', const='t', dest='tags')
p.add_argument('--ext', action='extend', nargs='+', type=int)
p.add_argument('--color', action=argparse.BooleanOptionalAction, default=True,
               help='use colour')
p.add_argument('--flag', action='store_true')
run(p, [])
run(p, ['-vvv', '-I', 'a', '-Ib', '--const', '--tag', '--tag'])
run(p, ['--ext', '1', '2', '--ext', '3', '--no-color'])
run(p, ['-vqv'])
run(p, ['--flag=yes'])
run(p, ['--color'])
d = p.parse_args([])
print(d.I, p.parse_args(['-I', 'x']).I, d.I)
p.print_help()
print(repr(p._actions[6]))


class Upper(argparse.Action):
    def __init__(self, option_strings, dest, **kwargs):
        super().__init__(option_strings, dest, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper())
        print('called with', option_string)


q = argparse.ArgumentParser(prog='custom')
q.add_argument('--name', action=Upper)
q.add_argument('word', action=Upper)
run(q, ['--name', 'abc', 'xyz'])
for bad in [dict(action='store', nargs=0), dict(action='store', const=1),
            dict(action='append', nargs=0), dict(action='nope')]:
    try:
        q.add_argument('--bad', **bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
