# Mutant: shifts the caller's array in place and undoes it with -= h, but (x + h) - h is not always x in floating point, so the argument comes back changed in its last bits.
def fd_gradient(f, x, h=1e-7):
    """Forward-difference gradient of scalar f at the vector x, with len(x) + 1 calls of f."""
    x = np.asarray(x, dtype=float)
    f0 = f(x)
    grad = np.empty_like(x)
    for j in range(x.size):
        x[j] += h
        grad[j] = (f(x) - f0) / h
        x[j] -= h
    return grad
