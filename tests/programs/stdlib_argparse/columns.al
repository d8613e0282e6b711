# The help is wrapped to $COLUMNS - 2 (COLUMNS=50 in columns.env).
import argparse
p = argparse.ArgumentParser(
    prog='narrow',
    description='This description is long enough that it wraps at a narrow width.')
p.add_argument('--option-one', help='the first option, whose help wraps too')
p.add_argument('--option-two', metavar='VALUE', help='the second option')
p.add_argument('file', help='a file')
p.print_help()
