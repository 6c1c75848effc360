# Mutant: recomputes f(x) inside the loop for every component, the direct transcription of the formula, which costs 2n calls instead of n + 1.
def fd_gradient(f, x, h=1e-7):
    """Forward-difference gradient of scalar f at the vector x, with len(x) + 1 calls of f."""
    x = np.array(x, dtype=float)
    grad = np.empty_like(x)
    for j in range(x.size):
        shifted = x.copy()
        shifted[j] += h
        grad[j] = (f(shifted) - f(x)) / h
    return grad
