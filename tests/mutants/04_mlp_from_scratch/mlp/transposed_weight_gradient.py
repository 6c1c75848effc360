# Mutant: the weight gradient is written previous.T @ delta, the (n_in, n_out) matrix of the math convention z = W^T a, instead of delta.T @ previous with the shape (n_out, n_in) of W.
def mlp_forward(params, x, activation="relu"):
    """[(z, a) per layer] for a batch x; the last a is the logits."""
    phi = ACTIVATIONS[activation][0]
    a = np.asarray(x, dtype=float).reshape(len(x), -1)
    layers = []
    for index, (W, b) in enumerate(params):
        z = a @ W.T + b
        a = phi(z) if index < len(params) - 1 else z
        layers.append((z, a))
    return layers


def mlp_loss_and_grads(params, x, labels, activation="relu"):
    """(mean cross entropy, [(dW, db) per layer]) by backpropagation."""
    dphi = ACTIVATIONS[activation][1]
    inputs = np.asarray(x, dtype=float).reshape(len(x), -1)
    layers = mlp_forward(params, inputs, activation)
    logits = layers[-1][1]
    n = len(labels)
    delta = np.exp(log_softmax(logits))
    delta[np.arange(n), labels] -= 1.0
    delta /= n
    grads = [None] * len(params)
    for index in range(len(params) - 1, -1, -1):
        previous = layers[index - 1][1] if index > 0 else inputs
        grads[index] = (previous.T @ delta, delta.sum(axis=0))
        if index > 0:
            z_prev, a_prev = layers[index - 1]
            delta = (delta @ params[index][0]) * dphi(z_prev, a_prev)
    return cross_entropy(logits, labels), grads
