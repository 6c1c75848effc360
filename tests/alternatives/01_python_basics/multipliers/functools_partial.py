# Alternative: functools.partial binds each factor when the function is made, and operator.mul does the multiplication
import functools
import operator


def make_multipliers_fixed(a, n):
    """List of n functions; the k-th maps x to (a + k) * x."""
    return [functools.partial(operator.mul, a + k) for k in range(n)]
