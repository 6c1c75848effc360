# Mutant: uses the more accurate central difference for every component, which costs 2n calls of f instead of n + 1.
def fd_gradient(f, x, h=1e-7):
    """Forward-difference gradient of scalar f at the vector x, with len(x) + 1 calls of f."""
    x = np.array(x, dtype=float)
    grad = np.empty_like(x)
    for j in range(x.size):
        step = np.zeros_like(x)
        step[j] = h
        grad[j] = (f(x + step) - f(x - step)) / (2 * h)
    return grad
