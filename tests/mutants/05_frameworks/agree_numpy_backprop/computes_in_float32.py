# Mutant: computes in the dtype of the inputs (float32 for WEIGHTS), so the loss and gradients carry float32 rounding and are float32 arrays.
def numpy_loss_and_grads(weights, x, y):
    """(loss, [(dW, db), ...]) of loss = mean((f(x) - y)**2) for the tanh MLP `weights`, by backpropagation in float64."""
    weights = [(np.asarray(W), np.asarray(b)) for W, b in weights]
    a = np.asarray(x)
    activations = [a]
    for index, (W, b) in enumerate(weights):
        z = a @ W + b
        a = np.tanh(z) if index < len(weights) - 1 else z
        activations.append(a)
    residual = a - np.asarray(y)
    delta = 2.0 * residual / residual.size
    grads = [None] * len(weights)
    for index in range(len(weights) - 1, -1, -1):
        grads[index] = (activations[index].T @ delta, delta.sum(axis=0))
        if index > 0:
            delta = (delta @ weights[index][0].T) * (1.0 - activations[index] ** 2)
    return np.mean(residual ** 2), grads
