from string import Template

t = Template('Hello $name, you owe $$${amount}.')
print(t.substitute(name='Ann', amount='10'))
print(t.safe_substitute(name='Ann'))
print(t.safe_substitute({'amount': 3}, name='Bo'))
print(t.get_identifiers(), t.is_valid())
for text, kw in [('$x $y', {'x': 1}), ('${x', {'x': 1}), ('$', {}), ('ab\ncd\n  $!', {}), ('${}', {}), ('$x', {'y': 2})]:
    try:
        print(Template(text).substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
    print(Template(text).safe_substitute(**kw), Template(text).is_valid())
class Dollar(Template):
    delimiter = '$'
print(Dollar('$a$$').substitute(a=1))
class Colon(Template):
    delimiter = '::'
print(Colon('::a ::::b :::c ::{d}').safe_substitute(a=1, b=2, c=3, d=4))
print(Template('$a').substitute({'a': 1}, a=2), Template('$a $b').substitute({'a': 1}, b=2))
print(Template('$a').substitute(mapping=1) if False else Template('$mapping').substitute(mapping='kw'))
