# Mutant: takes the largest signed difference (numeric - analytic) without abs, so an analytic gradient that is too large in some component never shows.
def check_gradient(f, grad_f, x, h=1e-5, floor=1e-3):
    """Largest entrywise relative difference between grad_f(x) and the central-difference gradient."""
    x = np.asarray(x, dtype=float)
    analytic = np.asarray(grad_f(x), dtype=float)
    numeric = n_grad(f, x, h)
    size = np.abs(analytic) + np.abs(numeric)
    largest = size.max()
    if largest == 0:
        return 0.0
    return float(np.max((numeric - analytic) / np.maximum(size, floor * largest)))
