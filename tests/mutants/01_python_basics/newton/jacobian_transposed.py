# Mutant: the linear system is solved with the transposed Jacobian (J_ji instead of J_ij = df_i/dx_j), an index-convention mix-up that is invisible for symmetric Jacobians.
def newton(f, jacobian, x0, tol=1e-12, max_steps=50):
    """A root of f: R^n -> R^n by Newton's method, starting from x0."""
    x = np.array(x0, dtype=float)
    for _ in range(max_steps + 1):
        fx = np.asarray(f(x), dtype=float)
        if np.linalg.norm(fx) <= tol:
            return x
        x = x - np.linalg.solve(np.asarray(jacobian(x), dtype=float).T, fx)
    raise RuntimeError(f"no convergence in {max_steps} steps; last |f(x)| = {np.linalg.norm(fx):.3g}")
