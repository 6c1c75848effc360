# Mutant: the Kronecker factors are swapped (np.kron(PAULI[k], block) instead of np.kron(block, PAULI[k])), a common mix-up of which factor gives the 2x2 block structure, so gamma^0 is diag(1, -1, 1, -1).
_block0 = np.array([[1, 0], [0, -1]])
_block_k = np.array([[0, 1], [-1, 0]])
GAMMA = np.stack([np.kron(PAULI[0], _block0)] + [np.kron(PAULI[k], _block_k) for k in (1, 2, 3)])


def anticommutators(g):
    """Array of all anticommutators {g_a, g_b} of a stack g of shape (n, d, d); shape (n, n, d, d)."""
    products = np.einsum("aij,bjk->abik", g, g)
    return products + products.transpose(1, 0, 2, 3)


GAMMA5 = 1j * GAMMA[0] @ GAMMA[1] @ GAMMA[2] @ GAMMA[3]
P_L = 0.5 * (np.eye(4) - GAMMA5)
P_R = 0.5 * (np.eye(4) + GAMMA5)
