# Mutant: the off-diagonal block is written as [[0, -1], [1, 0]] (sign convention of another textbook), giving gamma^k = ((0, -sigma_k), (sigma_k, 0)): the Clifford relation and the projectors still hold, but it is not the Dirac basis asked for.
_block0 = np.array([[1, 0], [0, -1]])
_block_k = np.array([[0, -1], [1, 0]])
GAMMA = np.stack([np.kron(_block0, PAULI[0])] + [np.kron(_block_k, PAULI[k]) for k in (1, 2, 3)])


def anticommutators(g):
    """Array of all anticommutators {g_a, g_b} of a stack g of shape (n, d, d); shape (n, n, d, d)."""
    products = np.einsum("aij,bjk->abik", g, g)
    return products + products.transpose(1, 0, 2, 3)


GAMMA5 = 1j * GAMMA[0] @ GAMMA[1] @ GAMMA[2] @ GAMMA[3]
P_L = 0.5 * (np.eye(4) - GAMMA5)
P_R = 0.5 * (np.eye(4) + GAMMA5)
