# Mutant: the forward difference starts with x = float(x) "to avoid integer arithmetic", which works for the scalar example but fails for arrays of points.
def forward_difference(f, x, h):
    """(f(x + h) - f(x)) / h, elementwise for arrays x."""
    x = float(x)
    return (f(x + h) - f(x)) / h


def central_difference(f, x, h):
    """(f(x + h) - f(x - h)) / (2 h), elementwise for arrays x."""
    return (f(x + h) - f(x - h)) / (2 * h)
