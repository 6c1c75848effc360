# Mutant: the number of pieces is hard-coded to the 100 of the worked example instead of using n, so the network ignores n (and its error cannot decrease with n).
def relu_interpolant(f, a, b, n):
    """(W1, b1, W2, b2) of a ReLU network interpolating f linearly between n + 1 equal breakpoints."""
    knots = np.linspace(a, b, 101)
    values = np.asarray(f(knots), dtype=float)
    slopes = np.diff(values) / np.diff(knots)
    slope_changes = np.diff(slopes, prepend=0.0)
    W1 = np.ones((100, 1))
    b1 = -knots[:-1]
    W2 = slope_changes[None, :]
    b2 = np.array([values[0]])
    return W1, b1, W2, b2
