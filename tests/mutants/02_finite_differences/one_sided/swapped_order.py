# Mutant: returns (right, left) instead of (left, right), computing the forward difference first because it was the first one in the chapter.
def one_sided_derivatives(f, x, h=1e-8):
    """(backward difference, forward difference) of f at x."""
    fx = f(x)
    return (f(x + h) - fx) / h, (fx - f(x - h)) / h
