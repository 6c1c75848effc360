# Alternative: the network with matrix products, Adam built as optax.chain(scale_by_adam, scale(-lr)), scan over an array of step numbers.
def init_siso(key, hidden=16):
    keys = jax.random.split(key, 4)
    shapes = {"W1": (hidden, 1), "b1": (hidden,), "W2": (1, hidden), "b2": (1,)}
    return {name: jax.random.normal(k, shape, dtype=jnp.float32) for k, (name, shape) in zip(keys, shapes.items())}


def siso_mlp(params, x):
    return jnp.tanh(jnp.asarray(x) @ params["W1"].T + params["b1"]) @ params["W2"].T + params["b2"]


def fit_siso(x, y, key, steps=4000, lr=1e-2):
    x = jnp.asarray(x, dtype=jnp.float32)
    y = jnp.asarray(y, dtype=jnp.float32)
    adam = optax.chain(optax.scale_by_adam(), optax.scale(-lr))

    @jax.jit
    def train(params):
        def body(carry, step_number):
            p, state = carry
            loss, g = jax.value_and_grad(lambda q: jnp.mean((siso_mlp(q, x) - y) ** 2))(p)
            updates, state = adam.update(g, state, p)
            return (optax.apply_updates(p, updates), state), loss
        (p, _), losses = jax.lax.scan(body, (params, adam.init(params)), jnp.arange(steps))
        return p, losses

    return train(init_siso(key))
