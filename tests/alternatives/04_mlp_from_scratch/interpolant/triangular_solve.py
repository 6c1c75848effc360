# Alternative: hinges max(0, x - x_k) at x_0 .. x_{n-1}, bias f(x_0), and the output weights found by solving the
# lower-triangular system "the network equals f at x_1 .. x_n" instead of from the slope changes.
import scipy.linalg


def relu_interpolant(f, a, b, n):
    """(W1, b1, W2, b2) of a ReLU network interpolating f linearly between n + 1 equal breakpoints."""
    knots = np.linspace(a, b, n + 1)
    values = np.asarray(f(knots), dtype=float)
    hinges = np.maximum(0.0, knots[1:, None] - knots[None, :-1])      # (n, n), lower triangular
    weights = scipy.linalg.solve_triangular(hinges, values[1:] - values[0], lower=True)
    return np.ones((n, 1)), -knots[:-1], weights[None, :], np.array([values[0]])
