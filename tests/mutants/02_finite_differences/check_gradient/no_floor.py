# Mutant: divides by |g_a| + |g_n| without the floor, so components that are (nearly) zero give NaN or huge relative errors from round-off.
def check_gradient(f, grad_f, x, h=1e-5, floor=1e-3):
    """Largest entrywise relative difference between grad_f(x) and the central-difference gradient."""
    x = np.asarray(x, dtype=float)
    analytic = np.asarray(grad_f(x), dtype=float)
    numeric = n_grad(f, x, h)
    size = np.abs(analytic) + np.abs(numeric)
    if size.max() == 0:
        return 0.0
    return float(np.max(np.abs(analytic - numeric) / size))
