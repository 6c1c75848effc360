# Mutant: the central difference is divided by h instead of 2h, forgetting that x + h and x - h are 2h apart.
def forward_difference(f, x, h):
    """(f(x + h) - f(x)) / h, elementwise for arrays x."""
    return (f(x + h) - f(x)) / h


def central_difference(f, x, h):
    """(f(x + h) - f(x - h)) / (2 h), elementwise for arrays x."""
    return (f(x + h) - f(x - h)) / h
