from string import Template
import string

s = Template('$who likes $what')
print(s.substitute(who='tim', what='kung pao'))
print(s.substitute({'who': 'tim', 'what': 'pao'}, what='override'))
d = dict(who='tim')
try:
    Template('Give $who $100').substitute(d)
except ValueError as e:
    print('ValueError:', e)
try:
    Template('$who likes $what').substitute(d)
except KeyError as e:
    print('KeyError:', e)
print(Template('$who likes $what').safe_substitute(d))
print(Template('${noun}ification, $$5, $$$x, ${ bad}, $').safe_substitute(noun='glor'))
print(Template('${noun}ification $$').substitute(noun='glor'))
print(Template('line one\nline $two $').safe_substitute(two=2))
for text in ['ok $x', 'bad $', 'x\n  y\n $1 z', '$']:
    try:
        Template(text).substitute(x=1)
    except ValueError as e:
        print('ValueError:', e)
t = Template('$a $b ${a} $$c ${d} $_e $F1 $é')
print(t.get_identifiers(), t.is_valid(), Template('$ok').is_valid(), Template('$1').is_valid())
print(t.template, Template.delimiter, Template.idpattern, Template.braceidpattern)
print(Template('$ABC $abc').substitute(ABC=1, abc=2))

class PercentTemplate(Template):
    delimiter = '%'

print(PercentTemplate('%x is %{y}, 100%% sure, $z stays').substitute(x=1, y=2))
print(PercentTemplate('% oops').safe_substitute())

class Multi(Template):
    delimiter = '#{'

print(Multi('#{#{ #{name} #{{x}').safe_substitute(name='n', x='X'))

class Sub(PercentTemplate):
    pass

print(Sub('%who').substitute(who='me'), Sub.delimiter)
print(Template('$x').substitute({'x': [1, 2]}), Template('$x').substitute(x=None))
