# Mutant: returns the largest absolute difference max |g_a - g_n| instead of a relative error, so the result depends on the scale of f.
def check_gradient(f, grad_f, x, h=1e-5, floor=1e-3):
    """Largest entrywise relative difference between grad_f(x) and the central-difference gradient."""
    x = np.asarray(x, dtype=float)
    analytic = np.asarray(grad_f(x), dtype=float)
    numeric = n_grad(f, x, h)
    return float(np.max(np.abs(analytic - numeric)))
