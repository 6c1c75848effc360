# Mutant: the norms of the weight gradients dW are returned instead of those of the bias gradients db, the first element of each pair being the natural one to pick.
def layer_gradient_norms(params, x, labels, activation="tanh"):
    """Norms of the bias gradients, first layer first."""
    _, grads = mlp_loss_and_grads(params, x, labels, activation)
    return np.array([np.linalg.norm(dW) for dW, _ in grads])
