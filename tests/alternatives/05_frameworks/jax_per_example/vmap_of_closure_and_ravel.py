# Alternative: vmap over a closure of (x, y) with the parameters captured, and the norms of ravel_pytree vectors.
def per_example_grads(loss, params, xs, ys):
    """Pytree like params; every leaf gets a leading axis over the N examples."""
    def gradient_of_one(x, y):
        return jax.grad(lambda p: loss(p, x, y))(params)
    return jax.vmap(gradient_of_one)(xs, ys)


def per_example_grad_norms(loss, params, xs, ys):
    """Euclidean norm of each example's whole gradient, shape (N,)."""
    flat = jax.vmap(lambda g: ravel_pytree(g)[0])(per_example_grads(loss, params, xs, ys))
    return jnp.linalg.norm(flat, axis=1)
