# Mutant: the gradient of the mean loss over the batch, repeated for every example: all rows are the same.
def per_example_grads(loss, params, xs, ys):
    """Pytree like params; every leaf gets a leading axis over the N examples."""
    mean_grad = jax.grad(lambda p: jnp.mean(jax.vmap(loss, in_axes=(None, 0, 0))(p, xs, ys)))(params)
    return jax.tree.map(lambda g: jnp.broadcast_to(g, (len(xs),) + jnp.shape(g)), mean_grad)


def per_example_grad_norms(loss, params, xs, ys):
    """Euclidean norm of each example's whole gradient, shape (N,)."""
    grads = per_example_grads(loss, params, xs, ys)
    squares = [jnp.sum(g.reshape(g.shape[0], -1) ** 2, axis=1) for g in jax.tree.leaves(grads)]
    return jnp.sqrt(sum(squares))
