# Alternative: a comparison function on the integer components, turned into a key with functools.cmp_to_key; a shorter version that agrees on its whole length comes first
import functools


def _compare(left, right):
    a = [int(part) for part in left.split(".")]
    b = [int(part) for part in right.split(".")]
    for x, y in zip(a, b):
        if x != y:
            return -1 if x < y else 1
    return len(a) - len(b)


def version_sorted(versions):
    """A new list of the version strings in release order."""
    result = list(versions)
    result.sort(key=functools.cmp_to_key(_compare))
    return result
