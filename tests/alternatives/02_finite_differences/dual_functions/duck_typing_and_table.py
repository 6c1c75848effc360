# Alternative: one helper that lifts any function with a known derivative; duals recognised by a .dual attribute
def _lift(g, dg):
    def lifted(x):
        if hasattr(x, "dual"):
            return Dual(g(x.real), dg(x.real) * x.dual)
        return g(x)
    return lifted


def dsin(x):
    """sin for dual numbers and plain numbers."""
    return _lift(np.sin, np.cos)(x)


def dexp(x):
    """exp for dual numbers and plain numbers."""
    return _lift(np.exp, np.exp)(x)


def dlog(x):
    """Natural logarithm for dual numbers and plain numbers."""
    return _lift(np.log, lambda a: 1 / a)(x)


def derivative(f):
    """The function x -> f'(x), computed with dual numbers."""
    def fprime(x):
        result = f(Dual(x, 1))
        return result.dual
    return fprime
