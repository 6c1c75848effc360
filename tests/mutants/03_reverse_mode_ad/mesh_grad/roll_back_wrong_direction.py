# Mutant: the roll is 'undone' by rolling the same way again, np.roll(s, -1), instead of the opposite shift np.roll(s, +1).
def grad_total_mesh_area(z1, z2, r1, r2, deviations):
    """Gradient of total_mesh_area with respect to the inner radial deviations."""
    deviations = np.asarray(deviations, dtype=float)
    num_inner, nv = deviations.shape
    # forward pass, every intermediate kept
    p = mesh_vertices(z1, z2, r1, r2, deviations)
    sw, nw = p[:-1], p[1:]
    se, ne = np.roll(sw, -1, axis=1), np.roll(nw, -1, axis=1)
    v_sw_nw, v_sw_se, v_se_ne, v_ne_nw, v_se_nw = sw - nw, sw - se, se - ne, ne - nw, se - nw
    d_sw_nw, d_sw_se, d_se_ne, d_ne_nw, d_se_nw = (
        np.linalg.norm(v, axis=-1) for v in (v_sw_nw, v_sw_se, v_se_ne, v_ne_nw, v_se_nw))
    # backward pass: both triangle areas enter the total with sensitivity 1
    ones = np.ones_like(d_sw_nw)
    s_d_sw_se, s_d_se_nw, s_d_sw_nw = grad_heron_area(d_sw_se, d_se_nw, d_sw_nw, ones)
    s_d_se_ne, s_d_ne_nw, s_d_se_nw_upper = grad_heron_area(d_se_ne, d_ne_nw, d_se_nw, ones)
    s_d_se_nw = s_d_se_nw + s_d_se_nw_upper

    def through_norm(v, d, s_d):
        return v * (s_d / d)[..., np.newaxis]

    s_v_sw_nw = through_norm(v_sw_nw, d_sw_nw, s_d_sw_nw)
    s_v_sw_se = through_norm(v_sw_se, d_sw_se, s_d_sw_se)
    s_v_se_ne = through_norm(v_se_ne, d_se_ne, s_d_se_ne)
    s_v_ne_nw = through_norm(v_ne_nw, d_ne_nw, s_d_ne_nw)
    s_v_se_nw = through_norm(v_se_nw, d_se_nw, s_d_se_nw)
    s_sw = s_v_sw_nw + s_v_sw_se
    s_nw = -s_v_sw_nw - s_v_ne_nw - s_v_se_nw
    s_se = -s_v_sw_se + s_v_se_ne + s_v_se_nw
    s_ne = -s_v_se_ne + s_v_ne_nw
    s_sw = s_sw + np.roll(s_se, -1, axis=1)
    s_nw = s_nw + np.roll(s_ne, -1, axis=1)
    s_p = np.zeros_like(p)
    s_p[:-1] += s_sw
    s_p[1:] += s_nw
    angles = 2 * np.pi * np.arange(nv) / nv
    s_radii = s_p[..., 0] * np.cos(angles) + s_p[..., 1] * np.sin(angles)
    return s_radii[1:-1]
