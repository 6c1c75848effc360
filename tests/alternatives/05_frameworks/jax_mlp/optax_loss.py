# Alternative: optax.sigmoid_binary_cross_entropy for the loss, an explicit layer loop for the logits.
def init_mlp(key, sizes):
    keys = jax.random.split(key, len(sizes) - 1)
    layers = []
    for i in range(len(sizes) - 1):
        W = jax.random.normal(keys[i], (sizes[i], sizes[i + 1])) / math.sqrt(sizes[i])
        layers.append((W, jnp.zeros(sizes[i + 1])))
    return layers


def mlp_logits(params, x):
    out = x
    for i, (W, b) in enumerate(params):
        out = jnp.dot(out, W) + b
        if i < len(params) - 1:
            out = jax.nn.relu(out)
    return out.reshape(-1)


def bce_with_logits(logits, y):
    return optax.sigmoid_binary_cross_entropy(logits, y).mean()
