import re
print(re.findall(".", "a\nb"))
print(re.findall("(?s).", "a\nb"))
print(re.findall(".", "a\nb", re.DOTALL))
print(re.match("a.c", "a\nc"), re.match("(?s:a.c)", "a\nc"))
print(re.findall("..", "ééx"))
