"""asyncio: a single-threaded event loop for coroutines, with tasks,
futures, timeouts, task groups, queues and synchronisation primitives.
There is no I/O (no streams, subprocesses or network) and no threads."""

import sys

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .queues import *
from .runners import *
from .taskgroups import *
from .tasks import *
from .timeouts import *
from .base_events import BaseEventLoop, SelectorEventLoop

__all__ = (base_events.__all__ +
           coroutines.__all__ +
           events.__all__ +
           exceptions.__all__ +
           futures.__all__ +
           locks.__all__ +
           queues.__all__ +
           runners.__all__ +
           taskgroups.__all__ +
           tasks.__all__ +
           timeouts.__all__ +
           ("SelectorEventLoop",))
