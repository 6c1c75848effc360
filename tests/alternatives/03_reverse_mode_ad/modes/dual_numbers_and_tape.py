# Alternative: forward mode with (value, tangent) pairs and helper rules; reverse mode with a recorded tape walked backwards
def _mul(a, b):
    return (a[0] * b[0], a[1] * b[0] + a[0] * b[1])


def _add(a, b):
    return (a[0] + b[0], a[1] + b[1])


def _sin(a):
    return (math.sin(a[0]), math.cos(a[0]) * a[1])


def g_jvp(x, y, x_dot, y_dot):
    X, Y = (x, x_dot), (y, y_dot)
    return _add(_sin(_mul(X, Y)), _mul(_mul(X, X), Y))


def g_value_and_grad(x, y):
    # tape entries: (value, [(index of argument, local derivative), ...]); inputs are entries 0 and 1
    tape = [(x, []), (y, [])]

    def record(value, parents):
        tape.append((value, parents))
        return len(tape) - 1

    xy = record(x * y, [(0, y), (1, x)])
    s = record(math.sin(tape[xy][0]), [(xy, math.cos(tape[xy][0]))])
    xx = record(x * x, [(0, x), (0, x)])
    r = record(tape[xx][0] * y, [(xx, y), (1, tape[xx][0])])
    g = record(tape[s][0] + tape[r][0], [(s, 1.0), (r, 1.0)])
    sens = [0.0] * len(tape)
    sens[g] = 1.0
    for k in range(len(tape) - 1, -1, -1):
        for parent, local in tape[k][1]:
            sens[parent] += sens[k] * local
    return tape[g][0], (sens[0], sens[1])
