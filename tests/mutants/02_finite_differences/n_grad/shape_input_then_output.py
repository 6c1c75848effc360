# Mutant: the Jacobian is laid out as x.shape + f(x).shape (input indices first), the transposed convention, which looks right at the symmetric identity example.
def n_grad(f, x, h=1e-6):
    """Central-difference derivative of f at x, shape f(x).shape + x.shape."""
    x = np.array(x, dtype=float)
    out_shape = np.shape(f(x))
    jac = np.zeros(x.shape + out_shape)
    for index in np.ndindex(x.shape):
        step = np.zeros_like(x)
        step[index] = h
        jac[index] = (np.asarray(f(x + step)) - np.asarray(f(x - step))) / (2 * h)
    return jac
