# Mutant: the squared norms sum(db ** 2) are returned, the square root forgotten.
def layer_gradient_norms(params, x, labels, activation="tanh"):
    """Norms of the bias gradients, first layer first."""
    _, grads = mlp_loss_and_grads(params, x, labels, activation)
    return np.array([np.sum(db ** 2) for _, db in grads])
