# sys.exit(2) while another exception is being handled: the program ends
# with status 2 and prints no traceback for either exception.
import sys


def parse(text):
    return int(text)


for text in ["12", "x7"]:
    try:
        print("parsed", parse(text))
    except ValueError as e:
        print("fatal:", e)
        sys.exit(2)
    finally:
        print("finally for", text)
