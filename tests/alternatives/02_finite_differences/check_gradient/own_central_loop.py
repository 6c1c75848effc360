# Alternative: its own central-difference loop over np.nditer instead of n_grad, and np.divide with an explicit denominator
def check_gradient(f, grad_f, x, h=1e-5, floor=1e-3):
    """Largest entrywise relative difference between grad_f(x) and the central-difference gradient."""
    x = np.array(x, dtype=float)
    analytic = np.array(grad_f(x.copy()), dtype=float).reshape(x.shape)
    numeric = np.zeros_like(x)
    for index in np.ndindex(x.shape):
        up, down = x.copy(), x.copy()
        up[index] += h
        down[index] -= h
        numeric[index] = (f(up) - f(down)) / (2 * h)
    total = np.abs(analytic) + np.abs(numeric)
    if not np.any(total):
        return 0.0
    denominator = np.maximum(total, floor * np.max(total))
    return float(np.max(np.divide(np.abs(analytic - numeric), denominator)))
