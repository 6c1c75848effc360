# Mutant: the atan2 formula is right, but written with the math module and tuples, so it works for plain floats and fails on numpy arrays (no broadcasting).
def angular_distance(theta1, phi1, theta2, phi2):
    """Great-circle angle between (theta1, phi1) and (theta2, phi2); polar angle theta from +z."""
    ax, ay, az = math.sin(theta1) * math.cos(phi1), math.sin(theta1) * math.sin(phi1), math.cos(theta1)
    bx, by, bz = math.sin(theta2) * math.cos(phi2), math.sin(theta2) * math.sin(phi2), math.cos(theta2)
    cx, cy, cz = ay * bz - az * by, az * bx - ax * bz, ax * by - ay * bx
    return math.atan2(math.sqrt(cx * cx + cy * cy + cz * cz), ax * bx + ay * by + az * bz)
