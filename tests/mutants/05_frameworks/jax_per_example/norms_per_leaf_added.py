# Mutant: the norms of the leaves are added instead of taking the norm of all entries.
def per_example_grads(loss, params, xs, ys):
    """Pytree like params; every leaf gets a leading axis over the N examples."""
    return jax.vmap(jax.grad(loss), in_axes=(None, 0, 0))(params, xs, ys)


def per_example_grad_norms(loss, params, xs, ys):
    """Euclidean norm of each example's whole gradient, shape (N,)."""
    grads = per_example_grads(loss, params, xs, ys)
    return sum(jnp.sqrt(jnp.sum(g.reshape(g.shape[0], -1) ** 2, axis=1)) for g in jax.tree.leaves(grads))
