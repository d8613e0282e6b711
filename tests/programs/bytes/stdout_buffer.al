# sys.stdout.buffer and sys.stderr.buffer, in order with text output.
import sys
print('text first')
out = sys.stdout.buffer
print(out is sys.stdout.buffer, out.mode, out.name, out.writable(), out.readable())
print(out.write(b'raw bytes\n'))
sys.stdout.write('text again\n')
out.write(bytearray(b'\xc3\xa9\n'))
out.flush()
try:
    out.read()
except Exception as e:
    print(type(e).__name__, e)
try:
    out.write('s')
except Exception as e:
    print(type(e).__name__, e)
print('end')
