# Mutant: the unit vector is built as if theta were the latitude (cos theta cos phi, cos theta sin phi, sin theta), the geographer's convention, instead of the polar angle from +z.
def angular_distance(theta1, phi1, theta2, phi2):
    """Great-circle angle between (theta1, phi1) and (theta2, phi2); polar angle theta from +z."""
    def unit_vector(theta, phi):
        theta, phi = np.broadcast_arrays(np.asarray(theta, dtype=float), np.asarray(phi, dtype=float))
        return np.stack([np.cos(theta) * np.cos(phi), np.cos(theta) * np.sin(phi), np.sin(theta)], axis=-1)

    a, b = unit_vector(theta1, phi1), unit_vector(theta2, phi2)
    a, b = np.broadcast_arrays(a, b)
    return np.arctan2(np.linalg.norm(np.cross(a, b), axis=-1), np.sum(a * b, axis=-1))
