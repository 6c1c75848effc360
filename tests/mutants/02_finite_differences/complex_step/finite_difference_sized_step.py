# Mutant: the default step is h = 1e-3 "like a finite difference", so the O(h^2) truncation error is no longer below rounding.
def complex_step_derivative(f, x, h=1e-3):
    """Im f(x + i h) / h: the derivative of an analytic f without cancellation."""
    return np.imag(f(np.asarray(x, dtype=float) + 1j * h)) / h
