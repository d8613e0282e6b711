# A bad command line: usage and error on stderr, exit status 2.
import argparse
p = argparse.ArgumentParser(prog='bad')
p.add_argument('count', type=int)
args = p.parse_args()
print(args)
