# Mutant: the step solves J delta = f(x) instead of J delta = -f(x) and adds it, i.e. x + J^{-1} f, a sign slip that walks away from the root.
def newton(f, jacobian, x0, tol=1e-12, max_steps=50):
    """A root of f: R^n -> R^n by Newton's method, starting from x0."""
    x = np.array(x0, dtype=float)
    for _ in range(max_steps + 1):
        fx = np.asarray(f(x), dtype=float)
        if np.linalg.norm(fx) <= tol:
            return x
        x = x + np.linalg.solve(np.asarray(jacobian(x), dtype=float), fx)
    raise RuntimeError(f"no convergence in {max_steps} steps; last |f(x)| = {np.linalg.norm(fx):.3g}")
