def parse_line(line, lineno):
    key, sep, value = line.partition("=")
    if not sep:
        raise ValueError(f"line {lineno}: expected key=value, got {line!r}")
    return key.strip(), int(value)
