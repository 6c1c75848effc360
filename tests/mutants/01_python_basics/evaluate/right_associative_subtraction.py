# Mutant: the student writes their own grammar with right-recursive rules (sum: product "-" sum), which is natural for a recursive-descent mind-set but groups 10-3-2 as 10-(3-2).
RIGHT_GRAMMAR = r"""
    ?start: sum

    ?sum: product
        | product "+" sum   -> add
        | product "-" sum   -> sub

    ?product: atom
        | atom "*" product  -> mul
        | atom "/" product  -> div

    ?atom: NUMBER           -> num
        | "(" sum ")"

    %import common.NUMBER
    %ignore " "
"""

right_parser = lark.Lark(RIGHT_GRAMMAR)


def evaluate(term: str) -> float:
    """Value of an arithmetic term, computed from its parse tree."""
    class Evaluate(lark.Transformer):
        def num(self, children):
            return float(children[0])

        def add(self, children):
            return children[0] + children[1]

        def sub(self, children):
            return children[0] - children[1]

        def mul(self, children):
            return children[0] * children[1]

        def div(self, children):
            return children[0] / children[1]

    return float(Evaluate().transform(right_parser.parse(term)))
