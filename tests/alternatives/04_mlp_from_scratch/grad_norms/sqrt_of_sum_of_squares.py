# Alternative: the bias gradients of mlp_loss_and_grads, each norm written out as the square root of a sum of
# squares, collected with np.fromiter.
def layer_gradient_norms(params, x, labels, activation="tanh"):
    """Norms of the bias gradients, first layer first."""
    loss, grads = mlp_loss_and_grads(params, x, labels, activation=activation)
    bias_gradients = [pair[1] for pair in grads]
    return np.fromiter((np.sqrt(np.sum(np.square(db))) for db in bias_gradients), dtype=float, count=len(grads))
