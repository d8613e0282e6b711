import atexit
@atexit.register
def goodbye():
    print("goodbye")
print(goodbye.__name__)
goodbye()
