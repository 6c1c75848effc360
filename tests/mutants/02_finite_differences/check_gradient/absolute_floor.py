# Mutant: the floor is applied as an absolute number, max(|g_a| + |g_n|, floor), instead of a fraction of the largest component, so gradients of tiny functions are divided by 1e-3 and errors vanish.
def check_gradient(f, grad_f, x, h=1e-5, floor=1e-3):
    """Largest entrywise relative difference between grad_f(x) and the central-difference gradient."""
    x = np.asarray(x, dtype=float)
    analytic = np.asarray(grad_f(x), dtype=float)
    numeric = n_grad(f, x, h)
    size = np.abs(analytic) + np.abs(numeric)
    if size.max() == 0:
        return 0.0
    return float(np.max(np.abs(analytic - numeric) / np.maximum(size, floor)))
