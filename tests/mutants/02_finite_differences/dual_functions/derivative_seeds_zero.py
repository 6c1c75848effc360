# Mutant: derivative() evaluates f at Dual(x) with the default dual part 0, so no derivative is propagated (the seed must be 1).
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
        return Dual(np.log(x.real), x.dual / x.real)
    return np.log(x)


def derivative(f):
    """The function x -> f'(x), computed with dual numbers."""
    return lambda x: f(Dual(x)).dual
