# Mutant: the state is kept in a mutable default argument of make_counter, which is created once at definition time and so is shared by all counters.
def make_counter(state=[0]):
    """A function that returns 1, 2, 3, ... on successive calls."""
    def counter():
        state[0] += 1
        return state[0]

    return counter
