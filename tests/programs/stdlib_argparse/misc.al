# FileType, fromfile_prefix_chars, parse_known_args, intermixed, reprs.
import argparse
import os
import sys
sys.stderr = sys.stdout


def run(parser, args):
    try:
        print(parser.parse_args(args))
    except SystemExit as e:
        print('exit', e.code)


print(repr(argparse.FileType()), repr(argparse.FileType('wb', 0)),
      repr(argparse.FileType('r', encoding='latin-1', errors='strict')))
with open('args.txt', 'w') as f:
    f.write('--name\nfrom-file\npositional\n')
with open('data.txt', 'w') as f:
    f.write('some data\n')
p = argparse.ArgumentParser(prog='misc', fromfile_prefix_chars='@')
p.add_argument('--name')
p.add_argument('--input', type=argparse.FileType('r'))
p.add_argument('rest', nargs='*')
print(p.parse_args(['@args.txt', 'more']).rest)
ns = p.parse_args(['--input', 'data.txt'])
print(ns.input.read(), end='')
ns.input.close()
print(p.parse_args(['--input', '-']).input is sys.stdin)
run(p, ['--input', 'missing.txt'])
run(p, ['@missing.txt'])
os.remove('args.txt')
os.remove('data.txt')
k = argparse.ArgumentParser(prog='known')
k.add_argument('--a')
print(k.parse_known_args(['--a', '1', '--b', '2', 'c']))
i = argparse.ArgumentParser(prog='mixed')
i.add_argument('--foo')
i.add_argument('cmd')
i.add_argument('rest', nargs='*', type=int)
print(i.parse_intermixed_args(['doit', '1', '--foo', 'bar', '2', '3']))
run(i, ['doit', '1', '--foo', 'bar', '2', '3'])
print(p)
print(repr(p._actions[1]))
print(argparse.SUPPRESS, argparse.OPTIONAL, argparse.ZERO_OR_MORE,
      argparse.ONE_OR_MORE, argparse.PARSER, argparse.REMAINDER)
print(sorted(argparse.__all__))
