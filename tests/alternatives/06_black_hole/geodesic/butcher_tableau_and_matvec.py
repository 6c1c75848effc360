# Alternative: RK4 written generically from its Butcher tableau (a loop over the stages), and the geodesic
# acceleration as two batched matrix-vector products (Gamma v, then v . (Gamma v)) instead of one einsum.
RK4_A = [[], [0.5], [0.0, 0.5], [0.0, 0.0, 1.0]]
RK4_B = [1 / 6, 1 / 3, 1 / 3, 1 / 6]


def rk4_step(f, y, ds):
    """One classical Runge-Kutta step of size ds for dy/ds = f(y)."""
    stages = []
    for row in RK4_A:
        shift = None
        for a, k in zip(row, stages):
            if a != 0.0:
                shift = a * k if shift is None else shift + a * k
        stages.append(f(y if shift is None else y + ds * shift))
    increment = sum(b * k for b, k in zip(RK4_B, stages))
    return y + ds * increment


def geodesic_rhs(christoffel_fn):
    """Return rhs(y) = (v, -Gamma^a_mn v^m v^n) for y = (x, v) of shape (N, 8)."""
    def rhs(y):
        y = jnp.asarray(y)
        x, v = y[:, :4], y[:, 4:]
        gamma = jnp.asarray(christoffel_fn(x))                      # (N, a, m, n)
        gamma_v = jnp.matmul(gamma, v[:, None, :, None])[..., 0]    # (N, a, m): sum_n Gamma^a_mn v^n
        acceleration = -jnp.matmul(gamma_v, v[:, :, None])[..., 0]  # (N, a):    sum_m (.) v^m
        return jnp.concatenate([v, acceleration], axis=1)
    return rhs
