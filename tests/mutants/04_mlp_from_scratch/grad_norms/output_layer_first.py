# Mutant: the norms are listed in the order backpropagation computes them, output layer first, instead of first layer first.
def layer_gradient_norms(params, x, labels, activation="tanh"):
    """Norms of the bias gradients, first layer first."""
    _, grads = mlp_loss_and_grads(params, x, labels, activation)
    return np.array([np.linalg.norm(db) for _, db in grads[::-1]])
