# Mutant: shadow_radius walks the rays in the order given and takes the midpoint between the ray before the first uncaptured one and that ray: right for rays sorted by radius with a clean disc, wrong for unsorted rays, for specks inside the shadow and for an image.
B_CRITICAL = 1.5 * math.sqrt(3.0)    # critical impact parameter 3 sqrt(3) M, with r_s = 2M = 1


def analytic_shadow_tan(r_camera):
    """tan of the angular radius of the shadow seen by a static observer at r_camera."""
    sin_alpha = B_CRITICAL / r_camera * math.sqrt(1.0 - 1.0 / r_camera)
    return sin_alpha / math.sqrt(1.0 - sin_alpha ** 2)


def shadow_radius(radii, captured):
    """Midpoint between the outermost captured radius and the next larger uncaptured one."""
    radii = np.ravel(radii)
    captured = np.ravel(captured)
    first = int(np.argmin(captured))          # the first uncaptured ray
    return float(0.5 * (radii[first - 1] + radii[first]))
