# Mutant: the haversine formula (adapted to the polar angle), which is accurate for small separations but ill-conditioned near antipodal points, where rounding can push the argument of arcsin past 1.
def angular_distance(theta1, phi1, theta2, phi2):
    """Great-circle angle between (theta1, phi1) and (theta2, phi2); polar angle theta from +z."""
    h = np.sin((theta2 - theta1) / 2) ** 2 + np.sin(theta1) * np.sin(theta2) * np.sin((phi2 - phi1) / 2) ** 2
    return 2 * np.arcsin(np.sqrt(h))
