class ConfigError(Exception):
    """A configuration that cannot be used."""
