# Alternative: a while loop that counts the steps taken, the Newton step from np.linalg.lstsq, and the input copied with np.array(..., dtype=float) before anything else
def newton(f, jacobian, x0, tol=1e-12, max_steps=50):
    """A root of f: R^n -> R^n by Newton's method, starting from x0 (left unchanged)."""
    x = np.array(x0, dtype=float, copy=True)
    steps = 0
    residual = np.asarray(f(x), dtype=float)
    while np.sqrt(np.sum(residual ** 2)) > tol:
        if steps == max_steps:
            raise RuntimeError(f"no root within {max_steps} steps")
        step, *_ = np.linalg.lstsq(np.asarray(jacobian(x), dtype=float), -residual, rcond=None)
        x = x + step
        steps += 1
        residual = np.asarray(f(x), dtype=float)
    return x
