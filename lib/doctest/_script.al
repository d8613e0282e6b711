"""doctest's examples as a script: `script_from_examples` (the examples'
code, everything else as comments) and `testsource`."""

from doctest._parser import DocTestParser, Example
from doctest._finder import DocTestFinder


def _comment_line(line):
    line = line.rstrip()
    if line:
        return '# ' + line
    return '#'


def script_from_examples(s):
    """The examples of `s` as code, their expected output and the text
    around them as comments."""
    output = []
    for piece in DocTestParser().parse(s):
        if isinstance(piece, Example):
            output.append(piece.source[:-1])
            want = piece.want
            if want:
                output.append('# Expected:')
                output += ['## ' + l for l in want.split('\n')[:-1]]
        else:
            # A last line without its newline is left out.
            output += [_comment_line(l) for l in piece.split('\n')[:-1]]
    while output and output[-1] == '#':
        output.pop()
    while output and output[0] == '#':
        output.pop(0)
    return '\n'.join(output) + '\n'


def testsource(module, name):
    """The script of the examples of the docstring named `name` (as
    DocTestFinder names them) in `module`."""
    tests = DocTestFinder().find(module)
    test = [t for t in tests if t.name == name]
    if not test:
        raise ValueError(name, "not found in tests")
    return script_from_examples(test[0].docstring)
