# Mutant: each hinge is given the slope of its piece instead of the change of slope, forgetting that the hinges to its left keep contributing their slopes, so the slopes pile up.
def relu_interpolant(f, a, b, n):
    """(W1, b1, W2, b2) of a ReLU network interpolating f linearly between n + 1 equal breakpoints."""
    knots = np.linspace(a, b, n + 1)
    values = np.asarray(f(knots), dtype=float)
    slopes = np.diff(values) / np.diff(knots)
    W1 = np.ones((n, 1))
    b1 = -knots[:-1]
    W2 = slopes[None, :]
    b2 = np.array([values[0]])
    return W1, b1, W2, b2
