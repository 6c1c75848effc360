# Mutant: the step number for fold_in comes from a Python counter increased inside the jitted step: it changes only while tracing, so every step uses the same key.
step_count = 0


def train_sgd(loss_fn, params, x, y, key, steps=1000, lr=0.5, batch_size=128):
    """Mini-batch SGD with a jitted step; returns (final params, losses of shape (steps,))."""
    x, y = jnp.asarray(x), jnp.asarray(y)

    @jax.jit
    def step(params, x, y):
        global step_count
        step_count += 1
        batch = jax.random.choice(jax.random.fold_in(key, step_count), x.shape[0], (batch_size,), replace=False)
        loss, grads = jax.value_and_grad(loss_fn)(params, x[batch], y[batch])
        return jax.tree.map(lambda p, g: p - lr * g, params, grads), loss

    losses = []
    for _ in range(steps):
        params, loss = step(params, x, y)
        losses.append(float(loss))
    return params, np.array(losses)
