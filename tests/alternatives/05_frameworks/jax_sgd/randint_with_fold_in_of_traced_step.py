# Alternative: batches drawn with replacement (jax.random.randint) from fold_in(key, step), where the step number is a traced argument of the jitted function; losses fetched one by one.
def train_sgd(loss_fn, params, x, y, key, steps=1000, lr=0.5, batch_size=128):
    x, y = jnp.asarray(x), jnp.asarray(y)
    n = x.shape[0]

    @jax.jit
    def step(params, step_number):
        batch_key = jax.random.fold_in(key, step_number)       # a fresh key for every step number
        batch = jax.random.randint(batch_key, (batch_size,), 0, n)
        loss, grads = jax.value_and_grad(loss_fn)(params, x[batch], y[batch])
        new_params = jax.tree.map(lambda p, g: p - lr * g, params, grads)
        return new_params, loss

    losses = np.zeros(steps, dtype=np.float32)
    for k in range(steps):
        params, loss = step(params, jnp.int32(k))
        losses[k] = float(loss)
    return params, losses
