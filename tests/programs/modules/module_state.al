# Module-level state shared by everyone who imports the module: functions
# that rebind globals with `global`, lists mutated in place, and the
# difference between reading `m.name` and a name copied by `from m import`.
import counter_state
from counter_state import count, history, increment
import state_user

print(count, counter_state.count, history)
increment()
increment(5)
state_user.bump_twice()
print(count, counter_state.count, history, history is counter_state.history)
counter_state.reset()
print(counter_state.count, counter_state.history, history)
print(state_user.snapshot())
counter_state.count = 100
increment()
print(counter_state.count, state_user.snapshot())
