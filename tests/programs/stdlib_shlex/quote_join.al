import shlex

args = ['echo', 'hello world', "it's", '$HOME', 'a"b', '', 'semi;colon', 'glob*', 'tilde~', 'ok-_./=:,@%+',
        'new\nline', 'tab\t', 'ünï', '\\back']
quoted = [shlex.quote(a) for a in args]
print(quoted)
cmd = shlex.join(args)
print(cmd)
print(shlex.split(cmd) == args)
print(shlex.split("a 'b c' \"d e\" f\\ g"))
print(shlex.join([]), repr(shlex.join([''])))
