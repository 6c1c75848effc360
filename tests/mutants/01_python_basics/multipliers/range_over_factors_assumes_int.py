# Mutant: the student loops directly over the factors with range(a, a + n), which binds correctly but assumes a is an integer (fails for a = 0.5).
def make_multipliers_fixed(a, n):
    """List of n functions; the k-th maps x to (a + k) * x."""
    return [lambda x, factor=factor: factor * x for factor in range(a, a + n)]
