# Mutant: after max_steps the loop just ends and the last iterate is returned, without raising RuntimeError, so a failed iteration looks like a root.
def newton(f, jacobian, x0, tol=1e-12, max_steps=50):
    """A root of f: R^n -> R^n by Newton's method, starting from x0."""
    x = np.array(x0, dtype=float)
    for _ in range(max_steps):
        fx = np.asarray(f(x), dtype=float)
        if np.linalg.norm(fx) <= tol:
            return x
        x = x - np.linalg.solve(np.asarray(jacobian(x), dtype=float), fx)
    return x
