# Mutant: the inner function rebinds count without declaring it nonlocal, so count is local to counter and the first call raises UnboundLocalError.
def make_counter():
    """A function that returns 1, 2, 3, ... on successive calls."""
    count = 0

    def counter():
        count += 1
        return count

    return counter
