# Mutant: jax.grad of the loss applied to the whole batch: the loss is then a vector and grad is undefined.
def per_example_grads(loss, params, xs, ys):
    """Pytree like params; every leaf gets a leading axis over the N examples."""
    return jax.grad(loss)(params, xs, ys)


def per_example_grad_norms(loss, params, xs, ys):
    """Euclidean norm of each example's whole gradient, shape (N,)."""
    grads = per_example_grads(loss, params, xs, ys)
    squares = [jnp.sum(g.reshape(g.shape[0], -1) ** 2, axis=1) for g in jax.tree.leaves(grads)]
    return jnp.sqrt(sum(squares))
