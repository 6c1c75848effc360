# Alternative: tan(alpha) = sin / sqrt(1 - sin^2) without trigonometric functions; the edge by sorting the radii
# and a binary search (np.searchsorted) for the first radius beyond the outermost captured one.
B_CRITICAL = 1.5 * math.sqrt(3.0)    # critical impact parameter 3 sqrt(3) M, with r_s = 2M = 1


def analytic_shadow_tan(r_camera):
    """tan of the angular radius of the shadow seen by a static observer at r_camera."""
    r = float(r_camera)
    sin_alpha = B_CRITICAL * math.sqrt(1.0 - 1.0 / r) / r
    return float(sin_alpha / math.sqrt((1.0 - sin_alpha) * (1.0 + sin_alpha)))


def shadow_radius(radii, captured):
    """Midpoint between the outermost captured radius and the next larger uncaptured one."""
    radii = np.asarray(radii, dtype=float).reshape(-1)
    captured = np.asarray(captured, dtype=bool).reshape(-1)
    order = np.argsort(radii, kind="stable")
    sorted_radii, sorted_captured = radii[order], captured[order]
    inner = sorted_radii[np.flatnonzero(sorted_captured)[-1]]
    # Every ray beyond the outermost captured one is uncaptured: the next larger radius is the edge's outside.
    outer = sorted_radii[np.searchsorted(sorted_radii, inner, side="right")]
    return float((inner + outer) / 2)
