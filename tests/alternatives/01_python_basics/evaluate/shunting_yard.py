# Alternative: Dijkstra's shunting-yard algorithm with an operator stack (unary minus as a prefix operator between * / and ^, ^ right-associative), building the tuples; the value from an explicit post-order stack, no recursion
import re

PRECEDENCE = {"add": 1, "sub": 1, "mul": 2, "div": 2, "neg": 3, "pow": 4}
RIGHT = {"pow", "neg"}
BINARY = {"+": "add", "-": "sub", "*": "mul", "/": "div", "^": "pow"}


def parse_term(term: str):
    """Parse tree of term: float leaves, tuples (op, left, right) and ("neg", operand)."""
    output, operators = [], []

    def reduce():
        op = operators.pop()
        if op == "neg":
            output.append(("neg", output.pop()))
        else:
            right, left = output.pop(), output.pop()
            output.append((op, left, right))

    expect_operand = True
    for number, symbol in re.findall(r"\s*(?:(\d+(?:\.\d+)?)|(\S))", term):
        if number:
            output.append(float(number))
            expect_operand = False
        elif symbol == "(":
            operators.append("(")
        elif symbol == ")":
            while operators[-1] != "(":
                reduce()
            operators.pop()
            expect_operand = False
        elif symbol == "-" and expect_operand:
            operators.append("neg")      # a prefix operator pops nothing
        else:
            op = BINARY[symbol]
            while operators and operators[-1] != "(" and (
                    PRECEDENCE[operators[-1]] > PRECEDENCE[op]
                    or (PRECEDENCE[operators[-1]] == PRECEDENCE[op] and op not in RIGHT)):
                reduce()
            operators.append(op)
            expect_operand = True
    while operators:
        reduce()
    (tree,) = output
    return tree


def evaluate(term: str) -> float:
    """Value of term, computed from its parse tree in float arithmetic."""
    values, work = [], [(parse_term(term), False)]
    while work:
        node, children_done = work.pop()
        if isinstance(node, float):
            values.append(node)
        elif not children_done:
            work.append((node, True))
            work.extend((child, False) for child in reversed(node[1:]))
        elif node[0] == "neg":
            values.append(-values.pop())
        else:
            b, a = values.pop(), values.pop()
            values.append({"add": lambda: a + b, "sub": lambda: a - b, "mul": lambda: a * b,
                           "div": lambda: a / b, "pow": lambda: a ** b}[node[0]]())
    return values.pop()
