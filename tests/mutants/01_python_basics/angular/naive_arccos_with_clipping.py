# Mutant: the textbook formula arccos(a . b), clipped to [-1, 1] to avoid NaN, which loses all digits for tiny separations (the dot product rounds to 1).
def angular_distance(theta1, phi1, theta2, phi2):
    """Great-circle angle between (theta1, phi1) and (theta2, phi2); polar angle theta from +z."""
    dot = np.sin(theta1) * np.sin(theta2) * np.cos(phi1 - phi2) + np.cos(theta1) * np.cos(theta2)
    return np.arccos(np.clip(dot, -1.0, 1.0))
