# Mutant: W1, b1, W2 and b2 are drawn with one and the same key.
def init_siso(key, hidden=16):
    """{"W1", "b1", "W2", "b2"}: standard normal, from jax.random.split(key, 4) in this order."""
    return {"W1": jax.random.normal(key, (hidden, 1)), "b1": jax.random.normal(key, (hidden,)),
            "W2": jax.random.normal(key, (1, hidden)), "b2": jax.random.normal(key, (1,))}


def siso_mlp(params, x):
    """W2 tanh(W1 x + b1) + b2 for every row x of shape (1,): (N, 1) -> (N, 1)."""
    def one(x1):
        return params["W2"] @ jnp.tanh(params["W1"] @ x1 + params["b1"]) + params["b2"]
    return jax.vmap(one)(jnp.asarray(x))


def fit_siso(x, y, key, steps=4000, lr=1e-2):
    """Adam on the mean squared error, the loop as one lax.scan; returns (params, losses)."""
    x, y = jnp.asarray(x, jnp.float32), jnp.asarray(y, jnp.float32)
    optimizer = optax.adam(lr)

    def mse(params):
        return jnp.mean((siso_mlp(params, x) - y) ** 2)

    def step(carry, _):
        params, opt_state = carry
        loss, grads = jax.value_and_grad(mse)(params)
        updates, opt_state = optimizer.update(grads, opt_state, params)
        return (optax.apply_updates(params, updates), opt_state), loss

    @jax.jit
    def run(params):
        (params, _), losses = jax.lax.scan(step, (params, optimizer.init(params)), None, length=steps)
        return params, losses

    params, losses = run(init_siso(key))
    return params, np.asarray(losses)
