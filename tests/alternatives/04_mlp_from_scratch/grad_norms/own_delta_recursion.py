# Alternative: the bias gradients from an own backward pass over mlp_forward's layers (the bias gradient of a layer
# is the sum over the batch of its delta), without calling mlp_loss_and_grads.
def layer_gradient_norms(params, x, labels, activation="tanh"):
    """Norms of the bias gradients, first layer first."""
    dphi = ACTIVATIONS[activation][1]
    labels = np.asarray(labels)
    layers = mlp_forward(params, x, activation)
    logits = layers[-1][0]
    p = np.exp(logits - logits.max(axis=1, keepdims=True))
    p /= p.sum(axis=1, keepdims=True)
    p[np.arange(len(labels)), labels] -= 1.0
    delta = p / len(labels)
    norms = [np.sqrt(np.sum(delta.sum(axis=0) ** 2))]
    for layer in range(len(params) - 1, 0, -1):
        z, a = layers[layer - 1]
        delta = (delta @ params[layer][0]) * dphi(z, a)
        norms.append(np.sqrt(np.sum(delta.sum(axis=0) ** 2)))
    return np.array(norms[::-1])
