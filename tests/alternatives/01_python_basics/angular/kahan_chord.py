# Alternative: Kahan's chord formula, delta = 2 atan2(|a - b|, |a + b|) for the unit vectors a and b, with the vectors broadcast by np.broadcast_arrays
def angular_distance(theta1, phi1, theta2, phi2):
    """Great-circle angle between (theta1, phi1) and (theta2, phi2); polar angle theta from +z."""
    theta1, phi1, theta2, phi2 = np.broadcast_arrays(*(np.asarray(v, dtype=float) for v in (theta1, phi1, theta2, phi2)))
    a = np.stack([np.sin(theta1) * np.cos(phi1), np.sin(theta1) * np.sin(phi1), np.cos(theta1)])
    b = np.stack([np.sin(theta2) * np.cos(phi2), np.sin(theta2) * np.sin(phi2), np.cos(theta2)])
    return 2 * np.arctan2(np.sqrt(np.sum((a - b) ** 2, axis=0)), np.sqrt(np.sum((a + b) ** 2, axis=0)))
