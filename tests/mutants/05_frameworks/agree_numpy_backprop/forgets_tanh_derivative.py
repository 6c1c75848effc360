# Mutant: passes the sensitivity back through W only, delta @ W.T, forgetting the factor 1 - a**2 of the tanh (as if the hidden layers were linear).
def numpy_loss_and_grads(weights, x, y):
    """(loss, [(dW, db), ...]) of loss = mean((f(x) - y)**2) for the tanh MLP `weights`, by backpropagation in float64."""
    weights = [(np.asarray(W, dtype=np.float64), np.asarray(b, dtype=np.float64)) for W, b in weights]
    a = np.asarray(x, dtype=np.float64)
    activations = [a]
    for index, (W, b) in enumerate(weights):
        z = a @ W + b
        a = np.tanh(z) if index < len(weights) - 1 else z
        activations.append(a)
    residual = a - np.asarray(y, dtype=np.float64)
    delta = 2.0 * residual / residual.size
    grads = [None] * len(weights)
    for index in range(len(weights) - 1, -1, -1):
        grads[index] = (activations[index].T @ delta, delta.sum(axis=0))
        if index > 0:
            delta = delta @ weights[index][0].T
    return float(np.mean(residual ** 2)), grads
