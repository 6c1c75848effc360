# Mutant: builds the frame from the eigenvectors of g (scaled by 1/sqrt|lambda|, each assigned to the coordinate axis it is most aligned with, sign made positive there): E^T g E = eta holds, and for a diagonal metric it is the right frame, but with cross terms it is a rotated frame, not the upper-triangular Gram-Schmidt one.
def camera_frame(g):
    """Columns e_0..e_3: Gram-Schmidt of the coordinate basis with the metric g, so that E^T g E = eta."""
    g = np.asarray(g, dtype=float)
    values, vectors = np.linalg.eigh(g)
    E = np.zeros((4, 4))
    for k in range(4):
        axis = int(np.argmax(np.abs(vectors[:, k])))
        e = vectors[:, k] * np.sign(vectors[axis, k]) / np.sqrt(abs(values[k]))
        E[:, axis] = e
    return E
