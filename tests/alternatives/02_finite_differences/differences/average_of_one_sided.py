# Alternative: numpy ufuncs for the forward quotient; the central one as the mean of the forward and backward quotients
def forward_difference(f, x, h):
    """(f(x + h) - f(x)) / h, elementwise for arrays x."""
    return np.divide(np.subtract(f(np.add(x, h)), f(x)), h)


def central_difference(f, x, h):
    """(f(x + h) - f(x - h)) / (2 h), elementwise for arrays x."""
    fx = f(x)
    return ((f(x + h) - fx) + (fx - f(x - h))) / (2 * h)
