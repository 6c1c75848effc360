# Alternative: backpropagates one example at a time with vectors and outer products, then averages the per-example gradients.
def numpy_loss_and_grads(weights, x, y):
    """(loss, [(dW, db), ...]) of loss = mean((f(x) - y)**2) for the tanh MLP `weights`, by backpropagation in float64."""
    Ws = [np.array(W, dtype=np.float64) for W, _ in weights]
    bs = [np.array(b, dtype=np.float64) for _, b in weights]
    xs = np.array(x, dtype=np.float64)
    ys = np.array(y, dtype=np.float64)
    n, n_out = ys.shape
    total = 0.0
    sum_dW = [np.zeros_like(W) for W in Ws]
    sum_db = [np.zeros_like(b) for b in bs]
    for xi, yi in zip(xs, ys):
        outs = [xi]
        for layer in range(len(Ws)):
            z = outs[-1] @ Ws[layer] + bs[layer]
            outs.append(z if layer == len(Ws) - 1 else np.tanh(z))
        err = outs[-1] - yi
        total += np.dot(err, err)
        g = 2.0 * err / (n * n_out)          # d loss / d z of the last layer for this example
        for layer in reversed(range(len(Ws))):
            sum_dW[layer] += np.outer(outs[layer], g)
            sum_db[layer] += g
            if layer:
                g = (Ws[layer] @ g) * (1.0 - outs[layer] * outs[layer])
    return total / (n * n_out), list(zip(sum_dW, sum_db))
