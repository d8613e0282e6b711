import hmac
for args in [(1, b'x', 'md5'), (b'k', b'm'), ('key', b'm', 'md5')]:
    try:
        hmac.new(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    hmac.new(b'k', 'str', 'md5')
except TypeError as e:
    print(e)
try:
    hmac.new(b'k', b'', 'nosuch')
except ValueError as e:
    print(type(e).__name__, e)
h = hmac.new(b'k', digestmod='sha1')
try:
    h.update(5)
except TypeError as e:
    print(e)
