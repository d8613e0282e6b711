# Sub-commands: dispatch, their own options and help, errors.
import argparse
import sys
sys.stderr = sys.stdout


def run(parser, args):
    try:
        print(parser.parse_args(args))
    except SystemExit as e:
        print('exit', e.code)


p = argparse.ArgumentParser(prog='git')
p.add_argument('--verbose', action='store_true')
sub = p.add_subparsers(dest='command', help='sub-command help')
c = sub.add_parser('commit', help='record changes', aliases=['ci'])
c.add_argument('-m', '--message', required=True)
c.add_argument('--amend', action='store_true')
c.set_defaults(func='do_commit')
s = sub.add_parser('status', help='show status')
s.add_argument('paths', nargs='*')
sub.add_parser('log')
run(p, ['commit', '-m', 'msg'])
run(p, ['--verbose', 'ci', '--amend', '-m', 'x'])
run(p, ['status', 'a', 'b'])
run(p, ['log'])
run(p, [])
run(p, ['push'])
run(p, ['commit'])
run(p, ['status', '--bad'])
run(p, ['commit', '-h'])
run(p, ['-h'])
t = argparse.ArgumentParser(prog='tool')
tsub = t.add_subparsers(title='commands', description='what to do',
                        required=True, metavar='CMD')
tsub.add_parser('go', help='go somewhere').add_argument('where')
tsub.add_parser('stop')
run(t, [])
run(t, ['go', 'home'])
run(t, ['-h'])
try:
    tsub.add_parser('go')
except argparse.ArgumentError as e:
    print(e)
try:
    t.add_subparsers()
except SystemExit as e:
    print('exit', e.code)
