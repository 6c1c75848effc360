# Alternative: a tokenizer with a regular expression and a recursive-descent parser written by hand (no lark), one function per precedence level; the value by recursion over the tuples
import re

TOKEN = re.compile(r"\s*(?:(\d+(?:\.\d+)?)|(.))")


def tokens(term):
    found = []
    for number, symbol in TOKEN.findall(term.strip()):
        found.append(float(number) if number else symbol)
    return found


class Parser:
    def __init__(self, term):
        self.tokens = tokens(term)
        self.position = 0

    def peek(self):
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def take(self):
        token = self.peek()
        self.position += 1
        return token

    def parse(self):
        tree = self.sum()
        if self.peek() is not None:
            raise SyntaxError(f"unexpected {self.peek()!r}")
        return tree

    def sum(self):          # product (('+' | '-') product)*   -- a loop groups to the left
        tree = self.product()
        while self.peek() in ("+", "-"):
            op = "add" if self.take() == "+" else "sub"
            tree = (op, tree, self.product())
        return tree

    def product(self):      # factor (('*' | '/') factor)*
        tree = self.factor()
        while self.peek() in ("*", "/"):
            op = "mul" if self.take() == "*" else "div"
            tree = (op, tree, self.factor())
        return tree

    def factor(self):       # '-' factor | power
        if self.peek() == "-":
            self.take()
            return ("neg", self.factor())
        return self.power()

    def power(self):        # atom ('^' factor)?   -- the recursion groups to the right
        base = self.atom()
        if self.peek() == "^":
            self.take()
            return ("pow", base, self.factor())
        return base

    def atom(self):
        token = self.take()
        if isinstance(token, float):
            return token
        if token == "(":
            tree = self.sum()
            if self.take() != ")":
                raise SyntaxError("missing )")
            return tree
        raise SyntaxError(f"unexpected {token!r}")


def parse_term(term: str):
    """Parse tree of term: float leaves, tuples (op, left, right) and ("neg", operand)."""
    return Parser(term).parse()


def evaluate(term: str) -> float:
    """Value of term, computed from its parse tree in float arithmetic."""
    def value(tree):
        if isinstance(tree, float):
            return tree
        if tree[0] == "neg":
            return -value(tree[1])
        a, b = value(tree[1]), value(tree[2])
        if tree[0] == "add":
            return a + b
        if tree[0] == "sub":
            return a - b
        if tree[0] == "mul":
            return a * b
        if tree[0] == "div":
            return a / b
        return a ** b
    return value(parse_term(term))
