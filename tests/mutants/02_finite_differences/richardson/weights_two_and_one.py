# Mutant: the weights of the first-order extrapolation, 2 D(h/2) - D(h), are used for the second-order central difference, which leaves half the h^2 error in place.
def richardson_derivative(f, x, h):
    """Richardson extrapolation of the central difference: (4 D(h/2) - D(h)) / 3."""
    return 2 * central_difference(f, x, h / 2) - central_difference(f, x, h)
