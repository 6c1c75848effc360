# Mutant: perturbs the caller's array in place (np.asarray does not copy) and moves the entry back with += h, but x + h - 2h + h is not always x in floating point, so the argument comes back changed in its last bits.
def n_grad(f, x, h=1e-6):
    """Central-difference derivative of f at x, shape f(x).shape + x.shape."""
    x = np.asarray(x, dtype=float)
    out_shape = np.shape(f(x))
    jac = np.zeros(out_shape + x.shape)
    for index in np.ndindex(x.shape):
        x[index] += h
        f_plus = np.asarray(f(x))
        x[index] -= 2 * h
        f_minus = np.asarray(f(x))
        x[index] += h
        jac[(...,) + index] = (f_plus - f_minus) / (2 * h)
    return jac
