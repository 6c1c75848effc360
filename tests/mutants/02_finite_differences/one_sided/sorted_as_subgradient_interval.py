# Mutant: returns the two slopes sorted as the subgradient interval (min, max), which matches (left, right) for convex kinks but swaps them for concave ones.
def one_sided_derivatives(f, x, h=1e-8):
    """(backward difference, forward difference) of f at x."""
    fx = f(x)
    left, right = (fx - f(x - h)) / h, (f(x + h) - fx) / h
    return min(left, right), max(left, right)
