# Mutant: the extrapolation (4 D(h/2) - D(h)) / 3 is applied to the forward difference, whose error starts at order h, so the weights cancel nothing useful.
def richardson_derivative(f, x, h):
    """Richardson extrapolation of the central difference: (4 D(h/2) - D(h)) / 3."""
    return (4 * forward_difference(f, x, h / 2) - forward_difference(f, x, h)) / 3
