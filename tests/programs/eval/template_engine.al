# A tiny template engine: templates are compiled to Python source once,
# exec'd to define a render function, and rendered many times.
import re

TOKEN = re.compile(r"\{\{(.*?)\}\}|\{%(.*?)%\}")


def compile_template(text):
    lines = ["def render(ctx):", "    out = []", "    emit = out.append"]
    indent = 1
    pos = 0
    for m in TOKEN.finditer(text):
        literal = text[pos:m.start()]
        if literal:
            lines.append("    " * indent + "emit(" + repr(literal) + ")")
        pos = m.end()
        if m.group(1) is not None:
            lines.append("    " * indent + "emit(str(" + m.group(1).strip() + "))")
        else:
            stmt = m.group(2).strip()
            if stmt.startswith("end"):
                indent -= 1
            else:
                lines.append("    " * indent + stmt + ":")
                indent += 1
    if text[pos:]:
        lines.append("    " * indent + "emit(" + repr(text[pos:]) + ")")
    lines.append("    return ''.join(out)")
    src = "\n".join(lines)
    ns = {}
    exec(compile(src, "<template>", "exec"), ns)
    return ns["render"], src


tmpl = """Hello {{ctx['name']}}!
{% for item in ctx['items'] %}- {{item.upper()}}
{% end %}{% if ctx['total'] > 10 %}big order{% end %}"""

render, src = compile_template(tmpl)
print(src)
print(render({"name": "Ann", "items": ["tea", "jam"], "total": 5}))
print(render({"name": "Bob", "items": [], "total": 50}))
print(render({"name": "Cy", "items": ["x"] * 3, "total": 11}))

bad, _ = compile_template("{{ctx['missing']}}")
try:
    bad({})
except KeyError as e:
    print("KeyError", e)

try:
    compile_template("{{ 1 + }}")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)
