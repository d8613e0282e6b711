from .loader import load_config
