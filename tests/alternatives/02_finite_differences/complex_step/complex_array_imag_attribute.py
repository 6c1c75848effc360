# Alternative: casts x to a complex array, adds the imaginary step there, and reads the .imag attribute
def complex_step_derivative(f, x, h=1e-20):
    """Im f(x + i h) / h: the derivative of an analytic f without cancellation."""
    z = np.array(x, dtype=complex)
    z += complex(0.0, h)
    value = np.asarray(f(z))
    result = value.imag / h
    return result if result.ndim else result[()]
