# Mutant: the count lives in a module-level global, the "obvious" way to keep state between calls, so every counter shares one count.
_count = 0


def make_counter():
    """A function that returns 1, 2, 3, ... on successive calls."""
    def counter():
        global _count
        _count += 1
        return _count

    return counter
