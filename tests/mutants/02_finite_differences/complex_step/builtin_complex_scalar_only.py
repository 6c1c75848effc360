# Mutant: builds the complex argument with Python's complex(x, h), which is fine for a float x but raises for arrays of points.
def complex_step_derivative(f, x, h=1e-20):
    """Im f(x + i h) / h: the derivative of an analytic f without cancellation."""
    return np.imag(f(complex(x, h))) / h
