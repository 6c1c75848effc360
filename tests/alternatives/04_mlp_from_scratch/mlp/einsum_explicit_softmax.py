# Alternative: hidden layers and the linear output layer written as separate steps with einsum; the output delta
# from an explicitly normalised softmax and a one-hot matrix; the activations kept in a list for the backward pass.
def mlp_forward(params, x, activation="relu"):
    """[(z, a) per layer] for a batch x; the last a is the logits."""
    phi = ACTIVATIONS[activation][0]
    a = np.asarray(x, dtype=float)
    a = a.reshape(a.shape[0], -1)
    layers = []
    for W, b in params[:-1]:
        z = np.einsum("ni,oi->no", a, W) + b
        a = phi(z)
        layers.append((z, a))
    W, b = params[-1]
    z = np.einsum("ni,oi->no", a, W) + b
    layers.append((z, z))
    return layers


def mlp_loss_and_grads(params, x, labels, activation="relu"):
    """(mean cross entropy, [(dW, db) per layer]) by backpropagation."""
    dphi = ACTIVATIONS[activation][1]
    labels = np.asarray(labels)
    a0 = np.asarray(x, dtype=float).reshape(len(labels), -1)
    layers = mlp_forward(params, a0, activation)
    inputs = [a0] + [a for _, a in layers[:-1]]
    logits = layers[-1][0]
    shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
    probabilities = shifted / shifted.sum(axis=1, keepdims=True)
    delta = (probabilities - np.eye(logits.shape[1])[labels]) / len(labels)
    grads = []
    for layer in reversed(range(len(params))):
        grads.append((np.einsum("no,ni->oi", delta, inputs[layer]), delta.sum(axis=0)))
        if layer > 0:
            z, a = layers[layer - 1]
            delta = np.einsum("no,oi->ni", delta, params[layer][0]) * dphi(z, a)
    return cross_entropy(logits, labels), grads[::-1]
