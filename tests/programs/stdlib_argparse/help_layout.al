# --help: sections, groups, wrapping of long help and of a long usage.
import argparse
import sys
sys.stderr = sys.stdout

p = argparse.ArgumentParser(
    prog='layout',
    description='Summarise a directory of log files, counting the lines that '
                'match each pattern, and print a report sorted by count.',
    epilog='See %(prog)s --help for more; report bugs to nobody.')
p.add_argument('paths', nargs='+', metavar='PATH', help='files to read')
p.add_argument('-p', '--pattern', action='append', default=[],
               help='a regular expression to count; may be given many times, '
                    'and every match of every pattern is counted separately')
p.add_argument('--since', metavar='DATE', help='ignore lines before %(metavar)s')
p.add_argument('--top', type=int, default=10,
               help='show the %(default)s most common (type: %(type)s)')
p.add_argument('--format', choices=['text', 'json', 'csv'], default='text',
               help='one of %(choices)s')
p.add_argument('--a-very-long-option-name-indeed', help='pushes help down')
p.add_argument('--hidden', help=argparse.SUPPRESS)
p.add_argument('--nohelp')
g = p.add_argument_group('output', 'Where the report goes.')
g.add_argument('-o', '--output', metavar='FILE', help='write here')
g.add_argument('--append', action='store_true', help='append')
m = p.add_mutually_exclusive_group(required=True)
m.add_argument('--fast', action='store_true', help='be fast')
m.add_argument('--slow', action='store_true', help='be slow')
p.print_help()
print('---')
p.print_usage()
print(repr(p.format_usage()))
try:
    p.parse_args(['x'])
except SystemExit as e:
    print('exit', e.code)
try:
    p.parse_args(['x', '--fast', '--slow'])
except SystemExit as e:
    print('exit', e.code)
try:
    p.parse_args(['-h'])
except SystemExit as e:
    print('exit', e.code)
