# Mutant: np.linalg.norm is called without axis=-1, which is right for one pair of points but for arrays takes one norm over all the cross products together.
def angular_distance(theta1, phi1, theta2, phi2):
    """Great-circle angle between (theta1, phi1) and (theta2, phi2); polar angle theta from +z."""
    def unit_vector(theta, phi):
        theta, phi = np.broadcast_arrays(np.asarray(theta, dtype=float), np.asarray(phi, dtype=float))
        return np.stack([np.sin(theta) * np.cos(phi), np.sin(theta) * np.sin(phi), np.cos(theta)], axis=-1)

    a, b = unit_vector(theta1, phi1), unit_vector(theta2, phi2)
    a, b = np.broadcast_arrays(a, b)
    return np.arctan2(np.linalg.norm(np.cross(a, b)), np.sum(a * b, axis=-1))
