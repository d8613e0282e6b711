# Positionals, optionals, types, defaults and the Namespace they fill.
import argparse
import sys
sys.stderr = sys.stdout


def run(parser, args):
    try:
        print(parser.parse_args(args))
    except SystemExit as e:
        print('exit', e.code)


p = argparse.ArgumentParser(prog='basic')
p.add_argument('src')
p.add_argument('dst', nargs='?', default='out.txt')
p.add_argument('-n', '--count', type=int, default=1)
p.add_argument('--ratio', type=float)
p.add_argument('-q', '--quiet', action='store_true')
p.add_argument('--no-color', dest='color', action='store_false')
run(p, ['in.txt'])
run(p, ['in.txt', 'x.txt', '-n', '4', '--ratio=2.5', '-q'])
run(p, ['-n3', 'a'])
run(p, ['--count', '-3', 'a'])
run(p, ['a', '--no-color'])
run(p, ['--cou', '2', 'a'])
run(p, ['a', 'b', 'c'])
run(p, ['--ratio', 'abc', 'a'])
run(p, ['-n'])
run(p, [])
ns = p.parse_args(['z'])
print(ns.src, ns.dst, ns.count, ns.ratio, ns.quiet, ns.color)
print('src' in ns, 'zzz' in ns)
print(ns == argparse.Namespace(src='z', dst='out.txt', count=1, ratio=None,
                               quiet=False, color=True))
print(vars(ns))
print(argparse.Namespace(a=1, **{'not ident': 2}))
