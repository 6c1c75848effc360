# Mutant: the student rewrites the broken loop as a list comprehension of lambdas, believing the comprehension captures k per item, but the lambdas still late-bind k.
def make_multipliers_fixed(a, n):
    """List of n functions; the k-th maps x to (a + k) * x."""
    return [lambda x: (a + k) * x for k in range(n)]
