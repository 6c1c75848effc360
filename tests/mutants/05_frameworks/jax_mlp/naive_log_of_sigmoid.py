# Mutant: the loss as -y log(sigmoid(z)) - (1 - y) log(1 - sigmoid(z)): infinite for large logits.
def init_mlp(key, sizes):
    """List of (W, b) per layer; W ~ N(0, 1/n_in) of shape (n_in, n_out), b = 0; one key per layer."""
    keys = jax.random.split(key, len(sizes) - 1)
    return [(jax.random.normal(k, (n_in, n_out)) / jnp.sqrt(n_in), jnp.zeros(n_out))
            for k, n_in, n_out in zip(keys, sizes[:-1], sizes[1:])]


def mlp_logits(params, x):
    """Logits of shape (N,) for inputs x of shape (N, n_0): ReLU hidden layers, linear output layer."""
    a = jnp.asarray(x)
    for W, b in params[:-1]:
        a = jax.nn.relu(a @ W + b)
    W, b = params[-1]
    return (a @ W + b)[:, 0]


def bce_with_logits(logits, y):
    """Mean binary cross entropy from logits, stable for any logit."""
    z = jnp.asarray(logits)
    p = jax.nn.sigmoid(z)
    return jnp.mean(-y * jnp.log(p) - (1 - y) * jnp.log(1 - p))
