# Mutant: c_k = f^(k)(x0) / k instead of / k!.
def taylor_coefficients(f, x0, order):
    """[f(x0)/0!, f'(x0)/1!, ..., f^(order)(x0)/order!], the derivatives by nested jax.grad."""
    coefficients = []
    derivative = f
    for k in range(order + 1):
        coefficients.append(float(derivative(float(x0))) / max(k, 1))
        derivative = jax.grad(derivative)
    return np.array(coefficients)


def taylor_polynomial(f, x0, order):
    """The Taylor polynomial of f around x0 of the given order, as a function of x (float or array)."""
    coefficients = taylor_coefficients(f, x0, order)

    def polynomial(x):
        dx = jnp.asarray(x, dtype=jnp.float32) - x0
        value = jnp.zeros_like(dx)
        for c in coefficients[::-1]:      # Horner's scheme
            value = value * dx + c
        return value
    return polynomial
