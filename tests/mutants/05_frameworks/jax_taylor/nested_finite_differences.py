# Mutant: the derivatives by nested central differences (h = 1e-2) in float32: rounding ruins the higher orders.
def taylor_coefficients(f, x0, order, h=1e-2):
    """[f(x0)/0!, f'(x0)/1!, ..., f^(order)(x0)/order!], the derivatives by nested jax.grad."""
    def difference(g):
        return lambda x: (g(x + h) - g(x - h)) / (2 * h)
    coefficients = []
    derivative = lambda x: f(jnp.float32(x))
    for k in range(order + 1):
        coefficients.append(float(derivative(x0)) / math.factorial(k))
        derivative = difference(derivative)
    return np.array(coefficients)


def taylor_polynomial(f, x0, order):
    """The Taylor polynomial of f around x0 of the given order, as a function of x (float or array)."""
    coefficients = taylor_coefficients(f, x0, order)

    def polynomial(x):
        dx = jnp.asarray(x, dtype=jnp.float32) - x0
        return sum(c * dx ** k for k, c in enumerate(coefficients))
    return polynomial
