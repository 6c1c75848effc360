# Alternative: the backward pass composed from exercise 8's dense_backward and activation_backward (the tests
# stand numerical versions in for them), the forward pass numbering the layers from 1 to find the linear
# output layer.
def mlp_forward(params, x, activation="relu"):
    """[(z, a) per layer] for a batch x; the last a is the logits."""
    a = np.asarray(x, dtype=float).reshape(len(x), -1)
    layers = []
    for number, (W, b) in enumerate(params, start=1):
        z = a @ W.T + b
        a = z if number == len(params) else ACTIVATIONS[activation][0](z)
        layers.append((z, a))
    return layers


def mlp_loss_and_grads(params, x, labels, activation="relu"):
    """(mean cross entropy, [(dW, db) per layer]) by backpropagation, one layer step at a time."""
    inputs = np.asarray(x, dtype=float).reshape(len(x), -1)
    layers = mlp_forward(params, inputs, activation)
    logits = layers[-1][1]
    delta = np.exp(log_softmax(logits))
    delta[np.arange(len(labels)), labels] -= 1.0
    delta = delta / len(labels)
    grads = []
    for index in reversed(range(len(params))):
        below = layers[index - 1][1] if index else inputs
        dW, db, grad_a = dense_backward(delta, below, params[index][0])
        grads.insert(0, (dW, db))
        if index:
            delta = activation_backward(grad_a, *layers[index - 1], activation)
    return cross_entropy(logits, labels), grads
