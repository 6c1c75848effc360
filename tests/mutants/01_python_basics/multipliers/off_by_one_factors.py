# Mutant: the factors are counted from 1 ("the first multiplier is a + 1") instead of from k = 0, so the list starts at (a + 1) * x.
def make_multipliers_fixed(a, n):
    """List of n functions; the k-th maps x to (a + k) * x."""
    return [lambda x, k=k: (a + k) * x for k in range(1, n + 1)]
