# Mutant: averages the entrywise relative errors instead of taking their maximum, so one wrong component hides among many right ones.
def check_gradient(f, grad_f, x, h=1e-5, floor=1e-3):
    """Largest entrywise relative difference between grad_f(x) and the central-difference gradient."""
    x = np.asarray(x, dtype=float)
    analytic = np.asarray(grad_f(x), dtype=float)
    numeric = n_grad(f, x, h)
    size = np.abs(analytic) + np.abs(numeric)
    largest = size.max()
    if largest == 0:
        return 0.0
    return float(np.mean(np.abs(analytic - numeric) / np.maximum(size, floor * largest)))
