# Alternative: epochs of a random permutation (jax.random.permutation) cut into batches, the key split every step and carried through a jitted step that also takes the batch position.
def train_sgd(loss_fn, params, x, y, key, steps=1000, lr=0.5, batch_size=128):
    x, y = jnp.asarray(x), jnp.asarray(y)
    n = x.shape[0]
    per_epoch = n // batch_size

    @jax.jit
    def step(params, key, order, position):
        key, subkey = jax.random.split(key)
        # a new permutation at the start of every epoch, else keep the current one
        order = jnp.where(position == 0, jax.random.permutation(subkey, n), order)
        batch = jax.lax.dynamic_slice(order, (position * batch_size,), (batch_size,))
        loss, grads = jax.value_and_grad(loss_fn)(params, x[batch], y[batch])
        return jax.tree.map(lambda p, g: p - lr * g, params, grads), key, order, loss

    order = jnp.arange(n)
    losses = []
    for k in range(steps):
        params, key, order, loss = step(params, key, order, jnp.int32(k % per_epoch))
        losses.append(loss)
    return params, np.array([float(v) for v in losses], dtype=np.float32)
