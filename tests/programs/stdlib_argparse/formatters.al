# The formatter classes.
import argparse

text = '''First line
    indented line

Second   paragraph with   spaces.'''
for cls in [argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter,
            argparse.RawTextHelpFormatter, argparse.ArgumentDefaultsHelpFormatter,
            argparse.MetavarTypeHelpFormatter]:
    print('=====', cls.__name__)
    p = argparse.ArgumentParser(prog='fmt', description=text, epilog=text,
                                formatter_class=cls)
    p.add_argument('count', type=int, help='how\nmany')
    p.add_argument('--name', type=str, default='bob', help='who')
    p.add_argument('--ratio', type=float, help='%(default)s already')
    p.add_argument('--items', type=str, nargs='*', help='some items')
    p.print_help()


class Wide(argparse.HelpFormatter):
    def __init__(self, prog):
        super().__init__(prog, max_help_position=40, width=60)


p = argparse.ArgumentParser(prog='wide', formatter_class=Wide)
p.add_argument('--some-long-option', help='a help text long enough to wrap '
               'at sixty columns for certain')
p.print_help()
