# Mutant: the central difference is divided by h instead of 2h, so every entry of the Jacobian is twice too large.
def n_grad(f, x, h=1e-6):
    """Central-difference derivative of f at x, shape f(x).shape + x.shape."""
    x = np.array(x, dtype=float)
    out_shape = np.shape(f(x))
    jac = np.zeros(out_shape + x.shape)
    for index in np.ndindex(x.shape):
        step = np.zeros_like(x)
        step[index] = h
        jac[(...,) + index] = (np.asarray(f(x + step)) - np.asarray(f(x - step))) / h
    return jac
