# Alternative: Taylor-mode differentiation with jax.experimental.jet (all orders in one pass), a numpy Horner loop.
from jax.experimental.jet import jet


def taylor_coefficients(f, x0, order):
    """[f(x0)/0!, f'(x0)/1!, ..., f^(order)(x0)/order!] from one jet of f along the line x0 + t."""
    x0 = jnp.float32(x0)
    if order == 0:
        return np.array([float(f(x0))])
    # the input path x(t) = x0 + t has derivatives (1, 0, 0, ...); jet returns the output's derivatives
    value, derivatives = jet(f, (x0,), ([jnp.float32(1.0)] + [jnp.float32(0.0)] * (order - 1),))
    return np.array([float(value)] + [float(d) / math.factorial(k) for k, d in enumerate(derivatives, start=1)])


def taylor_polynomial(f, x0, order):
    """The Taylor polynomial of f around x0 of the given order, as a function of x (float or array)."""
    coefficients = taylor_coefficients(f, x0, order)

    def polynomial(x):
        dx = jnp.asarray(x, dtype=jnp.float32) - x0
        total = jnp.full_like(dx, coefficients[-1])
        for c in coefficients[-2::-1]:
            total = total * dx + c
        return total
    return polynomial
