# Mutant: off by one: np.linspace(a, b, n) gives n breakpoints (n - 1 pieces) instead of the n + 1 points x_0, ..., x_n, so the knots sit in the wrong places.
def relu_interpolant(f, a, b, n):
    """(W1, b1, W2, b2) of a ReLU network interpolating f linearly between n + 1 equal breakpoints."""
    knots = np.linspace(a, b, n)
    values = np.asarray(f(knots), dtype=float)
    slopes = np.diff(values) / np.diff(knots)
    slope_changes = np.diff(slopes, prepend=0.0)
    W1 = np.ones((n - 1, 1))
    b1 = -knots[:-1]
    W2 = slope_changes[None, :]
    b2 = np.array([values[0]])
    return W1, b1, W2, b2
