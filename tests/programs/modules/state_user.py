import counter_state


def bump_twice():
    counter_state.increment()
    counter_state.increment()


def snapshot():
    return counter_state.count, list(counter_state.history)
