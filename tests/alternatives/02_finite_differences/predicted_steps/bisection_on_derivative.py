# Alternative: solves dE/dh = 0 numerically, by bisection in log h (the derivative of each model increases with h)
def predicted_best_steps(f, f2, f3, eps=EPS_MACHINE):
    """(h_forward, h_central) minimising the two error models, for the values of f, f'' and f''' at the point."""
    a, b, c = abs(f), abs(f2), abs(f3)

    def root(slope):
        lo, hi = -60.0, 10.0          # log10 h
        for _ in range(200):
            mid = (lo + hi) / 2
            if slope(10.0 ** mid) > 0:
                hi = mid
            else:
                lo = mid
        return 10.0 ** ((lo + hi) / 2)

    h_forward = root(lambda h: b / 2 - 2 * eps * a / h**2)
    h_central = root(lambda h: c * h / 3 - eps * a / h**2)
    return (h_forward, h_central)
