# Mutant: the dual part of log is written b log(a) instead of b / a, applying the function to the dual part as if g(a + b eps) = g(a) + b g(a) eps.
def dsin(x):
    """sin for dual numbers and plain numbers."""
    if isinstance(x, Dual):
        return Dual(np.sin(x.real), np.cos(x.real) * x.dual)
    return np.sin(x)


def dexp(x):
    """exp for dual numbers and plain numbers."""
    if isinstance(x, Dual):
        value = np.exp(x.real)
        return Dual(value, value * x.dual)
    return np.exp(x)


def dlog(x):
    """Natural logarithm for dual numbers and plain numbers."""
    if isinstance(x, Dual):
        return Dual(np.log(x.real), x.dual * np.log(x.real))
    return np.log(x)


def derivative(f):
    """The function x -> f'(x), computed with dual numbers."""
    return lambda x: f(Dual(x, 1.0)).dual
