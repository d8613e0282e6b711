# --version prints to stdout and exits 0.
import argparse
p = argparse.ArgumentParser(prog='ver')
p.add_argument('-V', '--version', action='version', version='%(prog)s 2.1.0')
p.parse_args(['--version'])
print('not reached')
