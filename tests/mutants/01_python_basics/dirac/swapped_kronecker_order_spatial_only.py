# Mutant: gamma^0 is written correctly but the spatial gammas use np.kron(PAULI[k], block) with the Kronecker factors swapped, mixing up which factor gives the 2x2 block structure.
_block0 = np.array([[1, 0], [0, -1]])
_block_k = np.array([[0, 1], [-1, 0]])
GAMMA = np.stack([np.kron(_block0, PAULI[0])] + [np.kron(PAULI[k], _block_k) for k in (1, 2, 3)])


def anticommutators(g):
    """Array of all anticommutators {g_a, g_b} of a stack g of shape (n, d, d); shape (n, n, d, d)."""
    products = np.einsum("aij,bjk->abik", g, g)
    return products + products.transpose(1, 0, 2, 3)


GAMMA5 = 1j * GAMMA[0] @ GAMMA[1] @ GAMMA[2] @ GAMMA[3]
P_L = 0.5 * (np.eye(4) - GAMMA5)
P_R = 0.5 * (np.eye(4) + GAMMA5)
