# Protocol 5's out-of-band buffers in a pickle CPython wrote: NEXT_BUFFER
# takes them from `buffers`, READONLY_BUFFER keeps them read-only.
import pickle

data = b'\x80\x05\x95\n\x00\x00\x00\x00\x00\x00\x00]\x94(\x97\x98\x97K\x01e.'
print(pickle.loads(data, buffers=[b"first", bytearray(b"second")]))
try:
    pickle.loads(data)
except pickle.UnpicklingError as e:
    print("UnpicklingError:", e)
try:
    pickle.loads(data, buffers=[b"only one"])
except pickle.UnpicklingError as e:
    print("UnpicklingError:", e)
try:
    pickle.dumps(1, 4, buffer_callback=print)
except ValueError as e:
    print("ValueError:", e)
print(pickle.dumps([1, b"in band"], 5, buffer_callback=print))
