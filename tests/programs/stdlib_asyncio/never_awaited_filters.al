# warnings filters apply to the never-awaited warning.
import warnings


async def quiet():
    pass


async def loud():
    pass


warnings.filterwarnings("ignore", message="coroutine 'quiet'")
quiet()
loud()
print("end")
