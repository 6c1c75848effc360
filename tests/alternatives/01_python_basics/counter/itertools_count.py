# Alternative: the closure holds an itertools.count iterator started at 1, and each call takes its next value
import itertools


def make_counter():
    """A function that returns 1, 2, 3, ... on successive calls."""
    numbers = itertools.count(1)
    return lambda: next(numbers)
