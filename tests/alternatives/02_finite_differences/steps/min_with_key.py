# Alternative: Python's min with a key function over the steps themselves
def best_measured_step(difference, f, dfdx, x, steps):
    """The step in `steps` for which difference(f, x, h) is closest to dfdx."""
    return min(steps, key=lambda h: abs(difference(f, x, h) - dfdx))
