# Alternative: stores the pre-activations, uses 1 / cosh(z)**2 for the tanh derivative and einsum for the products.
def numpy_loss_and_grads(weights, x, y):
    """(loss, [(dW, db), ...]) of loss = mean((f(x) - y)**2) for the tanh MLP `weights`, by backpropagation in float64."""
    params = [tuple(np.asarray(p, dtype=np.float64) for p in pair) for pair in weights]
    h = np.asarray(x, dtype=np.float64)
    hs, zs = [], []
    for i, (W, b) in enumerate(params):
        hs.append(h)
        z = np.einsum("ni,io->no", h, W) + b
        zs.append(z)
        h = np.tanh(z) if i + 1 < len(params) else z
    diff = h - np.asarray(y, dtype=np.float64)
    loss = np.float64((diff ** 2).mean())
    g = 2 * diff / diff.size
    out = []
    for i in reversed(range(len(params))):
        out.append((np.einsum("ni,no->io", hs[i], g), g.sum(0)))
        if i:
            g = np.einsum("no,io->ni", g, params[i][0]) / np.cosh(zs[i - 1]) ** 2
    return loss, out[::-1]
