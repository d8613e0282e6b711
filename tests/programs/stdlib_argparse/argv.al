# parse_args() reads sys.argv (the arguments are in argv.args).
import argparse
p = argparse.ArgumentParser(prog='argv')
p.add_argument('words', nargs='*')
p.add_argument('-x', type=int)
args = p.parse_args()
print(args.words, args.x)
