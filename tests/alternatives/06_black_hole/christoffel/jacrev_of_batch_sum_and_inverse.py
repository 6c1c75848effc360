# Alternative: reverse mode (jax.jacrev) of the batch-summed metric gives every row's derivative at once (rows are
# independent), then Gamma = g^{-1} Gamma_lowered with an explicit inverse (jnp.linalg.inv) and einsum; symmetrised.
def christoffel(metric_fn):
    """Return gamma(pos): (N, 4) -> (N, 4, 4, 4) with gamma[k, a, m, n] = Gamma^a_mn at pos[k]."""
    def gamma(pos):
        pos = jnp.asarray(pos, dtype=jnp.float64)
        g = metric_fn(pos)                                                  # (N, 4, 4)
        summed = jax.jacrev(lambda P: jnp.sum(metric_fn(P), axis=0))(pos)   # (4, 4, N, 4): [b, m, k, c]
        dg = jnp.transpose(summed, (2, 0, 1, 3))                            # dg[k, b, m, c] = d_c g_bm at pos[k]
        first_kind = 0.5 * (jnp.einsum("kbnm->kbmn", dg) + dg - jnp.einsum("kmnb->kbmn", dg))
        result = jnp.einsum("kab,kbmn->kamn", jnp.linalg.inv(g), first_kind)
        return 0.5 * (result + jnp.swapaxes(result, -1, -2))
    return gamma
