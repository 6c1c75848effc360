# Mutant: puts tanh after every layer, the output layer included, and backpropagates through it consistently.
def numpy_loss_and_grads(weights, x, y):
    """(loss, [(dW, db), ...]) of loss = mean((f(x) - y)**2) for the tanh MLP `weights`, by backpropagation in float64."""
    weights = [(np.asarray(W, dtype=np.float64), np.asarray(b, dtype=np.float64)) for W, b in weights]
    a = np.asarray(x, dtype=np.float64)
    activations = [a]
    for W, b in weights:
        a = np.tanh(a @ W + b)
        activations.append(a)
    residual = a - np.asarray(y, dtype=np.float64)
    delta = 2.0 * residual / residual.size * (1.0 - a ** 2)
    grads = [None] * len(weights)
    for index in range(len(weights) - 1, -1, -1):
        grads[index] = (activations[index].T @ delta, delta.sum(axis=0))
        if index > 0:
            delta = (delta @ weights[index][0].T) * (1.0 - activations[index] ** 2)
    return float(np.mean(residual ** 2)), grads
