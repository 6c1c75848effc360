# Alternative: each triangle's area as half the norm of a cross product; the gradient with respect to a vertex is (1/2) n_hat x (opposite edge), scattered onto the vertices with np.add.at, then projected on the radial directions
def grad_total_mesh_area(z1, z2, r1, r2, deviations):
    dev = np.asarray(deviations, dtype=float)
    num_inner, nv = dev.shape
    rings = num_inner + 2
    points = mesh_vertices(z1, z2, r1, r2, dev).reshape(-1, 3)
    i, j = np.meshgrid(np.arange(rings - 1), np.arange(nv), indexing="ij")
    sw, se = i * nv + j, i * nv + (j + 1) % nv
    nw, ne = (i + 1) * nv + j, (i + 1) * nv + (j + 1) % nv
    triangles = np.concatenate([np.stack([sw, se, nw], -1).reshape(-1, 3), np.stack([se, ne, nw], -1).reshape(-1, 3)])
    a, b, c = (points[triangles[:, k]] for k in range(3))
    normal = np.cross(b - a, c - a)
    unit = normal / np.linalg.norm(normal, axis=1, keepdims=True)
    grad_points = np.zeros_like(points)
    np.add.at(grad_points, triangles[:, 0], 0.5 * np.cross(unit, c - b))
    np.add.at(grad_points, triangles[:, 1], 0.5 * np.cross(unit, a - c))
    np.add.at(grad_points, triangles[:, 2], 0.5 * np.cross(unit, b - a))
    grad_points = grad_points.reshape(rings, nv, 3)
    phi = 2 * np.pi * np.arange(nv) / nv
    radial = grad_points[..., 0] * np.cos(phi) + grad_points[..., 1] * np.sin(phi)
    return radial[1:-1]
