# Mutant: p + lr * g: the step climbs the loss.
def train_sgd(loss_fn, params, x, y, key, steps=1000, lr=0.5, batch_size=128):
    """Mini-batch SGD with a jitted step; returns (final params, losses of shape (steps,))."""
    x, y = jnp.asarray(x), jnp.asarray(y)

    @jax.jit
    def step(params, key, x, y):
        key, subkey = jax.random.split(key)
        batch = jax.random.choice(subkey, x.shape[0], (batch_size,), replace=False)
        loss, grads = jax.value_and_grad(loss_fn)(params, x[batch], y[batch])
        params = jax.tree.map(lambda p, g: p + lr * g, params, grads)
        return params, key, loss

    losses = []
    for _ in range(steps):
        params, key, loss = step(params, key, x, y)
        losses.append(loss)          # a JAX scalar: no waiting for the device here
    return params, np.asarray(jnp.stack(losses)) if losses else np.zeros(0, dtype=np.float32)
