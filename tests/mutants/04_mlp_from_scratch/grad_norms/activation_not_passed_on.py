# Mutant: the activation argument is not passed on to mlp_loss_and_grads, which then uses its own default, ReLU, instead of the tanh asked for.
def layer_gradient_norms(params, x, labels, activation="tanh"):
    """Norms of the bias gradients, first layer first."""
    _, grads = mlp_loss_and_grads(params, x, labels)
    return np.array([np.linalg.norm(db) for _, db in grads])
