from .errors import ConfigError
from . import parser


def load_config(text):
    config = {}
    for n, line in enumerate(text.splitlines(), 1):
        try:
            key, value = parser.parse_line(line, n)
        except ValueError as e:
            raise ConfigError(f"bad config at line {n}") from e
        config[key] = value
    return config
