import getpass
import warnings

warnings.simplefilter("ignore")
print(repr(getpass.getpass("Secret? ")))
print(repr(getpass.getpass(prompt="")))
