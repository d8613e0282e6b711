import re
def parse(s):
    try:
        return re.match("ab\n(\\d+", s)
    except re.error as e:
        raise re.error(e.msg, e.pattern, e.pos) from None
parse("12")
