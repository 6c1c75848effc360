# Mutant: takes the real part of f(x + ih) instead of the imaginary part, mixing up which component carries h f'(x).
def complex_step_derivative(f, x, h=1e-20):
    """Im f(x + i h) / h: the derivative of an analytic f without cancellation."""
    return np.real(f(np.asarray(x, dtype=float) + 1j * h)) / h
