# Alternative: build the metric matrix g_ab(pos) explicitly (batched), then contract ds^2 = g_ab d^a d^b with einsum.
def schwarzschild_ds2(pos, d):
    """ds^2 of the Schwarzschild spacetime (r_s = 1) for displacements d at positions pos, both (..., 4)."""
    pos, d = jnp.asarray(pos), jnp.asarray(d)
    xyz = pos[..., 1:]
    r = jnp.linalg.norm(xyz, axis=-1)
    s = jnp.where(r > 1.0, 1.0 - 1.0 / r, jnp.nan)          # NaN on and inside the horizon
    n = xyz / r[..., None]
    spatial = jnp.eye(3) + (1.0 / s - 1.0)[..., None, None] * jnp.einsum("...i,...j->...ij", n, n)
    g = jnp.zeros(pos.shape[:-1] + (4, 4), dtype=spatial.dtype)
    g = g.at[..., 0, 0].set(-s).at[..., 1:, 1:].set(spatial)
    return jnp.einsum("...a,...ab,...b->...", d, g, d)
