# Mutant: the loss is appended to a Python list inside the jitted step: that happens once, while tracing, and stores a tracer.
def train_sgd(loss_fn, params, x, y, key, steps=1000, lr=0.5, batch_size=128):
    """Mini-batch SGD with a jitted step; returns (final params, losses of shape (steps,))."""
    x, y = jnp.asarray(x), jnp.asarray(y)
    losses = []

    @jax.jit
    def step(params, key):
        key, subkey = jax.random.split(key)
        batch = jax.random.choice(subkey, x.shape[0], (batch_size,), replace=False)
        loss, grads = jax.value_and_grad(loss_fn)(params, x[batch], y[batch])
        losses.append(loss)
        return jax.tree.map(lambda p, g: p - lr * g, params, grads), key

    for _ in range(steps):
        params, key = step(params, key)
    return params, losses
