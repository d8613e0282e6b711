import hashlib
import hmac
for algo in ['md5', 'sha1', 'sha256', 'sha512', 'sha3_256', 'blake2b']:
    h = hmac.new(b'key', b'The quick brown fox', algo)
    print(h.name, h.digest_size, h.block_size, h.hexdigest())
h = hmac.new(b'k' * 200, digestmod=hashlib.sha256)
h.update(b'part one ')
c = h.copy()
h.update(b'part two')
print(h.hexdigest(), c.hexdigest(), c.name)
print(hmac.new(bytearray(b'key'), b'msg', digestmod='sha1').digest())
print(hmac.digest(b'k', b'm', 'md5'))
print(hmac.new(b'', b'', 'sha256').hexdigest())
print(hmac.HMAC(b'x', digestmod=hashlib.md5).hexdigest(), hmac.HMAC.blocksize)
print(len(hmac.trans_5C), hmac.trans_36[:4], hmac.digest_size)
