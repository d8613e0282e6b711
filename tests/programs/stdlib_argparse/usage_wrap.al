# Long usage lines wrap: optionals then positionals, aligned after prog.
import argparse
import sys
sys.stderr = sys.stdout

p = argparse.ArgumentParser(prog='wrapper')
for name in ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta']:
    p.add_argument('--' + name, metavar=name.upper())
g = p.add_mutually_exclusive_group()
g.add_argument('--one', action='store_true')
g.add_argument('--two', nargs='?')
g.add_argument('--three', nargs='*')
p.add_argument('input_file')
p.add_argument('output_files', nargs='+')
p.add_argument('extra', nargs='*')
p.print_usage()
q = argparse.ArgumentParser(prog='a-program-with-a-really-quite-long-name-for-wrapping-purposes')
for name in ['first', 'second', 'third', 'fourth', 'fifth']:
    q.add_argument('--' + name)
q.add_argument('target')
q.print_usage()
r = argparse.ArgumentParser(prog='pos-only')
for name in ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight',
             'nine', 'ten', 'eleven', 'twelve', 'thirteen']:
    r.add_argument(name + '_argument')
r.print_usage()
u = argparse.ArgumentParser(prog='custom', usage='%(prog)s [options] FILE')
u.add_argument('file')
u.print_help()
n = argparse.ArgumentParser(prog='bare', add_help=False)
n.print_help()
print(repr(n.format_help()))
