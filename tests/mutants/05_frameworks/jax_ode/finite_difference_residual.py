# Mutant: f' by a central difference with h = 1e-3 in float32 instead of jax.grad.
def ode_residual(f, xs):
    """f'(x) + f(x) / 4 at every point of xs, by automatic differentiation."""
    xs = jnp.asarray(xs, dtype=jnp.float32)
    h = 1e-3
    return (jax.vmap(f)(xs + h) - jax.vmap(f)(xs - h)) / (2 * h) + jax.vmap(f)(xs) / 4


def solve_decay_ode(key, steps=1500):
    """Train f(x) = 1 + x N(x) on f' = -f/4; return f as a function of a scalar."""
    sizes = (1, 16, 16, 1)

    def init(key):
        keys = jax.random.split(key, len(sizes) - 1)
        return [(jax.random.normal(k, (n_in, n_out)) / jnp.sqrt(n_in), jnp.zeros(n_out))
                for k, n_in, n_out in zip(keys, sizes[:-1], sizes[1:])]

    def network(params, x):
        a = jnp.reshape(x, (1,))
        for W, b in params[:-1]:
            a = jnp.tanh(a @ W + b)
        W, b = params[-1]
        return (a @ W + b)[0]

    def trial(params):
        return lambda x: 1.0 + x * network(params, x)

    collocation = jnp.linspace(0.0, 10.0, 101)
    optimizer = optax.adam(optax.exponential_decay(1e-2, steps, 0.1))

    def loss(params):
        return jnp.mean(ode_residual(trial(params), collocation) ** 2)

    def step(carry, _):
        params, opt_state = carry
        value, grads = jax.value_and_grad(loss)(params)
        updates, opt_state = optimizer.update(grads, opt_state, params)
        return (optax.apply_updates(params, updates), opt_state), value

    @jax.jit
    def train(key):
        params = init(key)
        (params, _), _ = jax.lax.scan(step, (params, optimizer.init(params)), None, length=steps)
        return params

    return trial(train(key))
