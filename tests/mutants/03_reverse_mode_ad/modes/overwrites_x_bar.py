# Mutant: x is used twice (in x*y and in x*x), but its second contribution overwrites the first (x_bar = ... instead of +=), so dg/dx keeps only the y cos(xy) part.
def g_jvp(x, y, x_dot, y_dot):
    """(g, directional derivative of g along (x_dot, y_dot)) for g = sin(x y) + x^2 y."""
    p = x * y;          p_dot = x_dot * y + x * y_dot
    s = math.sin(p);    s_dot = math.cos(p) * p_dot
    q = x * x;          q_dot = 2 * x * x_dot
    r = q * y;          r_dot = q_dot * y + q * y_dot
    g = s + r;          g_dot = s_dot + r_dot
    return g, g_dot


def g_value_and_grad(x, y):
    """(g, (dg/dx, dg/dy)) for g = sin(x y) + x^2 y, by reverse mode."""
    p = x * y
    s = math.sin(p)
    q = x * x
    r = q * y
    g = s + r
    g_bar = 1.0
    s_bar = g_bar
    r_bar = g_bar
    q_bar = r_bar * y
    y_bar = r_bar * q
    p_bar = s_bar * math.cos(p)
    x_bar = q_bar * 2 * x
    x_bar = p_bar * y
    y_bar += p_bar * x
    return g, (x_bar, y_bar)
