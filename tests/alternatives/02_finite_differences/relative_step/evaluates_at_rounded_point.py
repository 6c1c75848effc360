# Alternative: forms the rounded point x + h first, evaluates f there, and divides by its distance from x; np.where for the scale
def relative_forward_difference(f, x, eta=1.5e-8):
    """Forward difference with the step eta * max(|x|, 1), rounded to the step actually taken."""
    x = np.asarray(x, dtype=float)
    scale = np.where(np.abs(x) > 1.0, np.abs(x), 1.0)
    shifted = x + eta * scale
    return (f(shifted) - f(x)) / (shifted - x)
