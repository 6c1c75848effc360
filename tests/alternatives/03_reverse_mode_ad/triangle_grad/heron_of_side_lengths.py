# Alternative: through the side lengths: Heron's formula for the area, its closed-form derivatives, then the norm rule to the vertices
def triangle_area_and_grad(a, b, c):
    a, b, c = (np.asarray(p, dtype=float) for p in (a, b, c))
    e_ab, e_bc, e_ca = b - a, c - b, a - c
    l_ab, l_bc, l_ca = (np.linalg.norm(e, axis=-1) for e in (e_ab, e_bc, e_ca))
    p = 0.5 * (l_ab + l_bc + l_ca)
    area = np.sqrt(p * (p - l_ab) * (p - l_bc) * (p - l_ca))
    # dA/dl for each side: l (sum of the other squares - l^2) / (8 A)
    d_ab = l_ab * (l_bc**2 + l_ca**2 - l_ab**2) / (8 * area)
    d_bc = l_bc * (l_ab**2 + l_ca**2 - l_bc**2) / (8 * area)
    d_ca = l_ca * (l_ab**2 + l_bc**2 - l_ca**2) / (8 * area)
    u_ab = e_ab / l_ab[..., None] * d_ab[..., None]
    u_bc = e_bc / l_bc[..., None] * d_bc[..., None]
    u_ca = e_ca / l_ca[..., None] * d_ca[..., None]
    return area, (u_ca - u_ab, u_ab - u_bc, u_bc - u_ca)
