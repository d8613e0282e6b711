# The never-awaited warning without asyncio or warnings imported.
async def job():
    print("never runs")


class Holder:
    async def method(self):
        pass


job()
Holder().method()
started = job()
try:
    started.send(None)
except StopIteration:
    pass
closed = job()
closed.close()
print("done")
