# Alternative: the geometric closed form, gradient = 1/2 n_hat x (opposite side, in the order a -> b -> c), computed by explicit component formulas
def triangle_area_and_grad(a, b, c):
    a = np.array(a, dtype=float)
    b = np.array(b, dtype=float)
    c = np.array(c, dtype=float)

    def cross(p, q):
        return np.stack([p[..., 1] * q[..., 2] - p[..., 2] * q[..., 1],
                         p[..., 2] * q[..., 0] - p[..., 0] * q[..., 2],
                         p[..., 0] * q[..., 1] - p[..., 1] * q[..., 0]], axis=-1)

    n = cross(b - a, c - a)
    length = np.sqrt(np.sum(n * n, axis=-1))
    n_hat = n / length[..., None]
    return length / 2, (cross(n_hat, c - b) / 2, cross(n_hat, a - c) / 2, cross(n_hat, b - a) / 2)
