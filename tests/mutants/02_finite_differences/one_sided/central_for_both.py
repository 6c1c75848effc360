# Mutant: uses the central difference for both sides, the "best" formula, which averages the two slopes away at a kink.
def one_sided_derivatives(f, x, h=1e-8):
    """(backward difference, forward difference) of f at x."""
    slope = (f(x + h) - f(x - h)) / (2 * h)
    return slope, slope
