# Mutant: the student "repeats the trick" from the text and returns the sixth-order Romberg value (16 R(h/2) - R(h)) / 15 instead of R(h) as asked.
def richardson_derivative(f, x, h):
    """Richardson extrapolation of the central difference: (4 D(h/2) - D(h)) / 3."""
    def first_level(step):
        return (4 * central_difference(f, x, step / 2) - central_difference(f, x, step)) / 3
    return (16 * first_level(h / 2) - first_level(h)) / 15
