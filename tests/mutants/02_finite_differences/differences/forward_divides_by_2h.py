# Mutant: the forward difference is divided by 2h, copying the denominator of the central difference the student wrote first.
def forward_difference(f, x, h):
    """(f(x + h) - f(x)) / h, elementwise for arrays x."""
    return (f(x + h) - f(x)) / (2 * h)


def central_difference(f, x, h):
    """(f(x + h) - f(x - h)) / (2 h), elementwise for arrays x."""
    return (f(x + h) - f(x - h)) / (2 * h)
