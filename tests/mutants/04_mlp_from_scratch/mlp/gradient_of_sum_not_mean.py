# Mutant: the output sensitivity is softmax - onehot without the 1/N, while the loss is the mean cross entropy, so every gradient is N times too large.
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
    grads = [None] * len(params)
    for index in range(len(params) - 1, -1, -1):
        previous = layers[index - 1][1] if index > 0 else inputs
        grads[index] = (delta.T @ previous, delta.sum(axis=0))
        if index > 0:
            z_prev, a_prev = layers[index - 1]
            delta = (delta @ params[index][0]) * dphi(z_prev, a_prev)
    return cross_entropy(logits, labels), grads
