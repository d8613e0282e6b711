import gzip

print(gzip.READ, gzip.WRITE)
print(gzip.FTEXT, gzip.FHCRC, gzip.FEXTRA, gzip.FNAME, gzip.FCOMMENT)
print(gzip.BadGzipFile("msg"), gzip.BadGzipFile.__name__)
import io
b = io.BytesIO()
gzip.write32u(b, 0x12345678)
gzip.write32u(b, 1)
print(b.getvalue())
