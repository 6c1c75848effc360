# Mutant: evaluates f at 0, -h and h instead of x, x - h and x + h, because every kink in the text (|x|, ReLU) sits at 0.
def one_sided_derivatives(f, x, h=1e-8):
    """(backward difference, forward difference) of f at x."""
    f0 = f(0.0)
    return (f0 - f(-h)) / h, (f(h) - f0) / h
