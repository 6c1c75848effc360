# Alternative: keys split one after the other as the layers are built, the forward pass with functools.reduce, the loss with jax.nn.softplus.
import functools


def init_mlp(key, sizes):
    """List of (W, b) per layer; W ~ N(0, 1/n_in) of shape (n_in, n_out), b = 0; one key per layer."""
    params = []
    for n_in, n_out in zip(sizes[:-1], sizes[1:]):
        key, layer_key = jax.random.split(key)
        params.append((jax.random.normal(layer_key, (n_in, n_out), dtype=jnp.float32) * (1.0 / n_in) ** 0.5,
                       jnp.zeros((n_out,), dtype=jnp.float32)))
    return params


def mlp_logits(params, x):
    """Logits of shape (N,) for inputs x of shape (N, n_0): ReLU hidden layers, linear output layer."""
    hidden = functools.reduce(lambda a, layer: jnp.maximum(a @ layer[0] + layer[1], 0.0), params[:-1], jnp.asarray(x))
    W, b = params[-1]
    return jnp.squeeze(hidden @ W + b, axis=-1)


def bce_with_logits(logits, y):
    """Mean binary cross entropy from logits, stable for any logit."""
    return jnp.mean(jax.nn.softplus(logits) - y * logits)
