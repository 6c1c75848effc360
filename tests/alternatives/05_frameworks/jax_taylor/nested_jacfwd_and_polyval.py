# Alternative: nested forward mode (jax.jacfwd) for the derivatives, jnp.polyval for the polynomial.
def taylor_coefficients(f, x0, order):
    """[f(x0)/0!, f'(x0)/1!, ..., f^(order)(x0)/order!] by nested forward-mode differentiation."""
    derivatives = [f]
    for _ in range(order):
        derivatives.append(jax.jacfwd(derivatives[-1]))
    x0 = jnp.float32(x0)
    return jnp.array([jax.jit(d)(x0) / math.prod(range(1, k + 1)) for k, d in enumerate(derivatives)])


def taylor_polynomial(f, x0, order):
    """The Taylor polynomial of f around x0 of the given order, as a function of x (float or array)."""
    highest_first = taylor_coefficients(f, x0, order)[::-1]
    return lambda x: jnp.polyval(highest_first, jnp.asarray(x, dtype=jnp.float32) - x0)
