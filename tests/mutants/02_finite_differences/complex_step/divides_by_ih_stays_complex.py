# Mutant: writes the complex step as a difference quotient (f(x + ih) - f(x)) / (ih), which has the right value but returns a complex number instead of a real one.
def complex_step_derivative(f, x, h=1e-20):
    """Im f(x + i h) / h: the derivative of an analytic f without cancellation."""
    x = np.asarray(x, dtype=float)
    return (f(x + 1j * h) - f(x)) / (1j * h)
